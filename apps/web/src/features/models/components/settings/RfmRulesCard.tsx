import { ActionIcon, Alert, Button, Group, RangeSlider, Select, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { defaultRfmRules, modelSettingsSchema, rfmGroups, type RfmRule } from '@rapport/contracts';
import { IconArrowDown, IconArrowUp, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { schemaValidator } from '../../../../lib/form-validation';
import { under } from '../../model/format';
import { uncoveredCells } from '../../model/rfm-grid';
import { useModelLabels } from '../use-labels';
import { RfmMapPreview } from './RfmMapPreview';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

interface Values {
  rules: RfmRule[];
}

const check = schemaValidator<Values>(modelSettingsSchema.shape.rfm);
const marks = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

/** The map of score ranges to groups. Order matters: the first rule that holds names the cell. */
export function RfmRulesCard({ rules, editable }: { rules: RfmRule[]; editable: boolean }) {
  const { t } = useTranslation('models');
  const labels = useModelLabels();
  const { save, error, saving } = useSettingsSave(under('rfm'));
  const form = useForm<Values>({ initialValues: { rules }, validate: check });
  const rows = form.getValues().rules;
  const gaps = uncoveredCells(rows).length;
  const groupOptions = rfmGroups.map((g) => ({ value: g, label: labels.group(g) }));
  const move = (from: number, to: number) => form.reorderListItem('rules', { from, to });

  const range = (i: number, axis: 'r' | 'f') => {
    const props = form.getInputProps(`rules.${i}.${axis}`);
    return (
      <Stack gap={2}>
        <RangeSlider
          min={1}
          max={5}
          step={1}
          minRange={0}
          marks={marks}
          disabled={!editable}
          label={null}
          value={props.value as [number, number]}
          onChange={props.onChange as (v: [number, number]) => void}
          aria-label={t(`settings.rfm.${axis}Of`, { n: i + 1 })}
          mb="md"
        />
        {props.error ? (
          <Text size="xs" c="red">
            {props.error as string}
          </Text>
        ) : null}
      </Stack>
    );
  };

  return (
    <SettingsCard
      title={t('settings.rfm.title')}
      description={t('settings.rfm.description')}
      error={error ?? (form.errors.rules as string | undefined) ?? null}
      editable={editable}
      dirty={form.isDirty()}
      saving={saving}
      onDiscard={() => form.reset()}
      onSubmit={form.onSubmit((v) => save({ rfm: v }, form))}
      testId="rfm-settings"
      tools={
        <>
          <Button variant="default" leftSection={<IconPlus size={16} />} disabled={rows.length >= 50} onClick={() => form.insertListItem('rules', { group: 'need_attention', r: [1, 5], f: [1, 5] })}>
            {t('settings.rfm.add')}
          </Button>
          <Button variant="subtle" leftSection={<IconRestore size={16} />} onClick={() => form.setValues({ rules: defaultRfmRules })}>
            {t('settings.resetDefaults')}
          </Button>
        </>
      }
    >
      <Stack gap="lg">
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="rfm-rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={28}>#</Table.Th>
                <Table.Th>{t('settings.rfm.group')}</Table.Th>
                <Table.Th w="26%">{t('settings.rfm.r')}</Table.Th>
                <Table.Th w="26%">{t('settings.rfm.f')}</Table.Th>
                {editable ? <Table.Th w={96} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((_, i) => (
                <Table.Tr key={form.key(`rules.${i}`)}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {i + 1}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select data={groupOptions} allowDeselect={false} disabled={!editable} aria-label={t('settings.rfm.groupOf', { n: i + 1 })} {...form.getInputProps(`rules.${i}.group`)} />
                  </Table.Td>
                  <Table.Td>{range(i, 'r')}</Table.Td>
                  <Table.Td>{range(i, 'f')}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon variant="subtle" color="gray" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('settings.moveUp', { n: i + 1 })}>
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="gray" disabled={i === rows.length - 1} onClick={() => move(i, i + 1)} aria-label={t('settings.moveDown', { n: i + 1 })}>
                          <IconArrowDown size={16} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red" disabled={rows.length === 1} onClick={() => form.removeListItem('rules', i)} aria-label={t('settings.remove', { n: i + 1 })}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap="xs" maw={480}>
          <Text size="sm" fw={500}>
            {t('settings.rfm.preview')}
          </Text>
          <RfmMapPreview rules={rows} />
          {gaps > 0 ? (
            <Alert color="yellow" variant="light" data-testid="rfm-gaps">
              {t('settings.rfm.gaps', { count: gaps })}
            </Alert>
          ) : null}
        </Stack>
      </Stack>
    </SettingsCard>
  );
}
