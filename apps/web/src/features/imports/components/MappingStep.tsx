import { Alert, Badge, Group, Paper, Select, Stack, Table, Text, type ComboboxData } from '@mantine/core';
import type { ImportPreview } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { duplicateTargets, sampleValues, targetGroup, unmappedRequired, type Mapping, type PlacedErrors, type TargetGroup } from '../mapping';
import { useTargetLabel } from './target-label';

const skip = '__skip';
const groupOrder: TargetGroup[] = ['standard', 'customer', 'item', 'custom'];

interface MappingStepProps {
  preview: ImportPreview;
  headers: string[];
  mapping: Mapping;
  onChange: (header: string, target: string | null) => void;
  errors: PlacedErrors;
}

/** Step 3: for each column of the file, the field it goes into, or none. */
export function MappingStep({ preview, headers, mapping, onChange, errors }: MappingStepProps) {
  const { t } = useTranslation('imports');
  const targetLabel = useTargetLabel();
  const dupes = duplicateTargets(mapping);
  const missing = unmappedRequired(preview.targets, mapping);
  const option = (target: ImportPreview['targets'][number]) => ({
    value: target.key,
    label: target.isRequired ? `${targetLabel(target)} *` : targetLabel(target),
  });
  const isOrders = preview.import.entity === 'orders';
  const groupLabel: Record<TargetGroup, string> = {
    standard: isOrders ? t('mapping.order') : t('mapping.standard'),
    customer: t('mapping.customer'),
    item: t('mapping.item'),
    custom: t('mapping.custom'),
  };
  const data: ComboboxData = [
    { value: skip, label: t('mapping.skip') },
    ...groupOrder
      .map((group) => ({ group: groupLabel[group], items: preview.targets.filter((x) => targetGroup(x.key) === group).map(option) }))
      .filter((group) => group.items.length > 0),
  ];

  const rowError = (header: string) => {
    const target = mapping[header];
    if (errors.byHeader[header]) return errors.byHeader[header];
    if (target && dupes.has(target)) return t('mapping.duplicate');
    return undefined;
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('mapping.hint')}
        {isOrders ? ` ${t('mapping.orderRows')}` : null}
      </Text>
      {errors.mapping.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="import-mapping-error">
          {errors.mapping.join(' · ')}
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('mapping.missingRequired', { fields: missing.map(targetLabel).join(', ') })}
        </Alert>
      ) : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" data-testid="import-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mapping.column')}</Table.Th>
                <Table.Th>{t('mapping.samples')}</Table.Th>
                <Table.Th w={300}>{t('mapping.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {headers.map((header) => {
                const samples = sampleValues(preview.rows, header);
                const target = mapping[header] ?? null;
                return (
                  <Table.Tr key={header} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text fw={600} size="sm">
                          {header}
                        </Text>
                        {target && preview.suggestedMapping[header] === target ? (
                          <Badge size="xs" variant="light" color="gray">
                            {t('mapping.suggested')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                        {samples.length ? samples.join(' · ') : t('mapping.noSamples')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('mapping.targetFor', { column: header })}
                        data={data}
                        value={target ?? skip}
                        onChange={(v) => onChange(header, !v || v === skip ? null : v)}
                        allowDeselect={false}
                        searchable
                        error={rowError(header)}
                        data-testid={`import-mapping-${header}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('mapping.requiredNote')}
      </Text>
    </Stack>
  );
}
