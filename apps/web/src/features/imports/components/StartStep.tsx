import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface StartStepProps {
  imp: Import;
  onStart: () => void;
  starting: boolean;
}

/** How rows find existing records, and the options of the entity. */
function RulesSummary({ imp }: { imp: Import }) {
  const { t } = useTranslation('imports');
  const { options } = imp;
  const action = t(`duplicates.actions.${options.onDuplicate}`);
  switch (imp.entity) {
    case 'orders':
      return (
        <>
          <List.Item>{t('start.matchOrders')}</List.Item>
          <List.Item>{options.currency ? t('start.currency', { currency: options.currency }) : t('start.noCurrency')}</List.Item>
          <List.Item>{t('start.timezone', { timezone: options.timezone ?? 'UTC' })}</List.Item>
          {options.cancelPrefix ? <List.Item>{t('start.cancelPrefix', { prefix: options.cancelPrefix })}</List.Item> : null}
        </>
      );
    case 'products':
      return <List.Item>{t('start.matchProducts')}</List.Item>;
    default:
      return (
        <>
          <List.Item>
            {imp.entity === 'contacts' ? t('start.match', { match: t(`duplicates.matches.${options.match}`), action }) : t('start.matchCompanies', { action })}
          </List.Item>
          <List.Item>{options.tags.length ? t('start.tags', { tags: options.tags.join(', ') }) : t('start.noTags')}</List.Item>
        </>
      );
  }
}

/** Step 6: what will happen, once more, and the button that does it. */
export function StartStep({ imp, onStart, starting }: StartStepProps) {
  const { t, i18n } = useTranslation('imports');
  const number = new Intl.NumberFormat(i18n.language);
  const { options } = imp;
  const mapped = Object.values(options.mapping).filter(Boolean).length;
  const dryRunDone = imp.isDryRun && imp.status === 'completed';
  return (
    <Stack gap="md">
      <List spacing={6} size="sm">
        <List.Item>{t('start.file', { file: imp.filename, entity: t(`entities.${imp.entity}`) })}</List.Item>
        <List.Item>{t('start.rows', { rows: imp.totalRows === null ? '—' : number.format(imp.totalRows) })}</List.Item>
        <List.Item>{t('start.columns', { mapped: number.format(mapped), total: number.format(imp.headers.length) })}</List.Item>
        <RulesSummary imp={imp} />
      </List>
      {dryRunDone ? (
        <Text size="sm" data-testid="import-dry-run-summary">
          {t('start.dryRunResult', {
            created: number.format(imp.counts.created),
            updated: number.format(imp.counts.updated),
            skipped: number.format(imp.counts.skipped),
            rejected: number.format(imp.counts.rejected),
          })}
        </Text>
      ) : (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          {t('start.noDryRun')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={onStart} loading={starting} leftSection={<IconPlayerPlay size={16} />} data-testid="import-start">
          {t('start.button')}
        </Button>
      </Group>
    </Stack>
  );
}
