import { Group } from '@mantine/core';
import type { Company } from '@rapport/contracts';
import { AnchorLink } from '../../../ui/AnchorLink';
import { NameAvatar } from '../../../ui/NameAvatar';
import type { RecordListConfig } from '../../views';

/** The name cell: avatar and the name linking to the company. */
function CompanyNameCell({ company }: { company: Company }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <NameAvatar name={company.name} radius="md" size={30} />
      <AnchorLink to="/companies/$companyId" params={{ companyId: company.id }} fw={500} size="sm" c="var(--mantine-color-text)" truncate>
        {company.name}
      </AnchorLink>
    </Group>
  );
}

/**
 * How companies appear in the record list (views feature): columns and the name cell. The server
 * has no bulk actions and no kanban for companies, so the list has neither row selection nor a board.
 */
export const companiesList: RecordListConfig<Company> = {
  entity: 'company',
  defaultColumns: ['domain', 'industry', 'size', 'ownerId', 'tags', 'createdAt'],
  primaryColumn: 'name',
  name: (company) => company.name,
  renderCell: (company, field) => (field.path === 'name' ? <CompanyNameCell company={company} /> : undefined),
  bulkActions: [],
};
