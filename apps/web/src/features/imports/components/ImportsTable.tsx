import { Table, Text, Tooltip } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { isImportEditable } from '../import-status';
import { ImportStatusBadge } from './ImportStatusBadge';

/** A draft (uploaded, or dry-run only) continues in the wizard; a started import shows its result. */
function ImportLink({ imp }: { imp: Import }) {
  if (isImportEditable(imp)) {
    return (
      <AnchorLink to="/imports/new" search={{ id: imp.id, step: 1, entity: imp.entity }} size="sm" fw={600}>
        {imp.filename}
      </AnchorLink>
    );
  }
  return (
    <AnchorLink to="/imports/$importId" params={{ importId: imp.id }} size="sm" fw={600}>
      {imp.filename}
    </AnchorLink>
  );
}

export function ImportsTable({ imports }: { imports: Import[] }) {
  const { t, i18n } = useTranslation('imports');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="imports-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.file')}</Table.Th>
            <Table.Th>{t('list.entity')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.counts')}</Table.Th>
            <Table.Th>{t('list.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((imp) => (
            <Table.Tr key={imp.id}>
              <Table.Td>
                <ImportLink imp={imp} />
              </Table.Td>
              <Table.Td>{t(`entities.${imp.entity}`)}</Table.Td>
              <Table.Td>
                <ImportStatusBadge imp={imp} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {imp.status === 'uploaded'
                    ? t('list.rows', { rows: imp.totalRows === null ? '—' : number.format(imp.totalRows) })
                    : t('list.countsValue', {
                        created: number.format(imp.counts.created),
                        updated: number.format(imp.counts.updated),
                        skipped: number.format(imp.counts.skipped),
                        rejected: number.format(imp.counts.rejected),
                      })}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Tooltip label={formatDateTime(imp.createdAt, i18n.language)}>
                  <Text size="sm">{formatRelative(imp.createdAt, i18n.language)}</Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
