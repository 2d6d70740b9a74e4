import { Group, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { IconUsersMinus, IconUsersPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AudienceEstimate } from './AudienceEstimate';
import { fieldProps, SectionTitle, type SectionProps } from './fields';

interface Props extends SectionProps {
  segments: Segment[] | undefined;
}

/** Which segments get the campaign and which are left out; the reach from their sizes, and the server's estimate. */
export function AudienceSection({ draft, change, errorAt, readOnly, segments }: Props) {
  const { t, i18n } = useTranslation('campaigns');
  const number = new Intl.NumberFormat(i18n.language);
  const byId = new Map((segments ?? []).map((s) => [s.id, s]));
  // A segment deleted since the draft was saved stays listed, so its error has something to point at.
  const missing = [...draft.include, ...draft.exclude].filter((id) => segments && !byId.has(id)).map((id) => ({ value: id, label: t('editor.deletedSegment') }));
  const data = [...(segments ?? []).map((s) => ({ value: s.id, label: s.name })), ...missing];
  const renderOption = ({ option }: { option: { value: string; label: string } }) => (
    <Group justify="space-between" w="100%" wrap="nowrap" gap="xs">
      <Text size="sm">{option.label}</Text>
      {byId.has(option.value) ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {number.format(byId.get(option.value)!.size)}
        </Text>
      ) : null}
    </Group>
  );
  const reach = draft.include.reduce((sum, id) => sum + (byId.get(id)?.size ?? 0), 0);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SectionTitle title={t('editor.audience')} hint={t('editor.audienceHint')} />
        <MultiSelect
          label={t('editor.include')}
          leftSection={<IconUsersPlus size={16} />}
          placeholder={draft.include.length ? undefined : t('editor.pickSegments')}
          data={data.filter((o) => !draft.exclude.includes(o.value))}
          value={draft.include}
          onChange={(include) => change({ include })}
          renderOption={renderOption}
          searchable
          maxValues={20}
          readOnly={readOnly}
          {...fieldProps(errorAt, 'audience.include')}
          data-testid="audience-include"
        />
        <MultiSelect
          label={t('editor.exclude')}
          leftSection={<IconUsersMinus size={16} />}
          placeholder={draft.exclude.length ? undefined : t('editor.excludeNone')}
          data={data.filter((o) => !draft.include.includes(o.value))}
          value={draft.exclude}
          onChange={(exclude) => change({ exclude })}
          renderOption={renderOption}
          searchable
          clearable
          maxValues={20}
          readOnly={readOnly}
          {...fieldProps(errorAt, 'audience.exclude')}
          data-testid="audience-exclude"
        />
        {draft.include.length ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed" data-testid="audience-reach" data-reach={reach}>
              {draft.exclude.length ? t('editor.reachWithExclusions', { count: reach, size: number.format(reach) }) : t('editor.reach', { count: reach, size: number.format(reach) })}
            </Text>
            <AudienceEstimate draft={draft} />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
