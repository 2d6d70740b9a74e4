import { Radio, Table, Text } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import type { MergeField, Picks, Side } from '../merge-picks';
import { useFormatMergeValue } from '../use-format-merge-value';

interface MergeFieldsTableProps {
  a: Contact;
  b: Contact;
  fields: MergeField[];
  picks: Picks;
  survivor: Side;
  onPick: (field: MergeField, side: Side) => void;
}

/** One row per field, a radio on each side: the picked value is the one the kept contact will have. */
export function MergeFieldsTable({ a, b, fields, picks, survivor, onPick }: MergeFieldsTableProps) {
  const { t } = useTranslation('merge');
  const { label, value } = useFormatMergeValue();
  const sideName = (side: Side) => t(side === 'a' ? 'sides.a' : 'sides.b');

  const cell = (field: MergeField, side: Side, contact: Contact) => {
    const text = value(contact, field);
    return (
      <Table.Td>
        <Radio
          name={`merge-pick-${field}`}
          value={side}
          checked={picks[field] === side}
          onChange={() => onPick(field, side)}
          aria-label={t('pickAria', { field: label(field), side: sideName(side), value: text ?? t('empty') })}
          label={
            <Text size="sm" c={text ? undefined : 'dimmed'} fs={text ? undefined : 'italic'} style={{ overflowWrap: 'anywhere' }}>
              {text ?? t('empty')}
            </Text>
          }
          data-testid={`merge-pick-${field}-${side}`}
        />
      </Table.Td>
    );
  };

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped data-testid="merge-fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('field')}</Table.Th>
            {(['a', 'b'] as const).map((side) => (
              <Table.Th key={side}>
                {sideName(side)} · {(side === 'a' ? a : b).name}
                <Text span size="xs" c={side === survivor ? 'teal' : 'dimmed'} ml={6}>
                  ({side === survivor ? t('kept') : t('mergedAway')})
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {label(field)}
                </Text>
              </Table.Td>
              {cell(field, 'a', a)}
              {cell(field, 'b', b)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
