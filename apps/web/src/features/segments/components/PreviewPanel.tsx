import { Alert, Group, Loader, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { SegmentPreview } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';

interface Props {
  preview: SegmentPreview | undefined;
  isFetching: boolean;
  /** Messages about the definition that no condition shows (the server's own words). */
  problems: string[];
  /** The definition has errors shown at their conditions. */
  hasConditionErrors: boolean;
}

/** How many contacts the definition matches now, how long that took to find out, and 20 of them. */
export function PreviewPanel({ preview, isFetching, problems, hasConditionErrors }: Props) {
  const { t, i18n } = useTranslation('segments');
  // A failed preview has no answer; one that answered still shows it beside complaints from a save.
  const hasProblems = hasConditionErrors || problems.length > 0;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('preview.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('preview.title')}</Title>
          {isFetching ? <Loader size="xs" aria-label={t('preview.updating')} /> : null}
        </Group>
        {hasProblems ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={preview ? t('preview.needsAttention') : t('preview.failed')} data-testid="preview-error">
            {hasConditionErrors ? <Text size="sm">{t('preview.fixConditions')}</Text> : null}
            {problems.map((m) => (
              <Text size="sm" key={m}>
                {m}
              </Text>
            ))}
          </Alert>
        ) : null}
        {!hasProblems && !preview ? <Skeleton h={48} /> : null}
        {preview ? (
          <div style={{ opacity: isFetching ? 0.6 : 1 }}>
            <Text fz={32} fw={700} lh={1.1} data-testid="preview-count" data-count={preview.count}>
              {preview.count.toLocaleString(i18n.language)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('preview.contacts', { count: preview.count })} · {t('preview.took', { ms: preview.tookMs })}
            </Text>
          </div>
        ) : null}
        {preview && preview.sample.length > 0 ? (
          <Table verticalSpacing={4} fz="sm" data-testid="preview-sample">
            <Table.Tbody>
              {preview.sample.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AnchorLink to="/contacts/$contactId" params={{ contactId: c.id }} size="sm">
                      {c.displayName || c.email || c.phone || t('unnamed')}
                    </AnchorLink>
                    {c.displayName && (c.email || c.phone) ? (
                      <Text size="xs" c="dimmed" truncate>
                        {c.email ?? c.phone}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {preview && preview.count > preview.sample.length ? (
          <Text size="xs" c="dimmed">
            {t('preview.sampleOf', { shown: preview.sample.length })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
