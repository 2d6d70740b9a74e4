import { Text } from '@mantine/core';
import { AnchorLink } from '../../../ui/AnchorLink';
import { useCompany } from '../api/company';

/** A company named by id, as a link; cached per id, so a timeline of many changes asks once. */
export function CompanyLink({ id, fallback }: { id: string; fallback: string }) {
  const company = useCompany(id);
  if (!company.data) {
    return (
      <Text span size="sm" c="dimmed">
        {company.isPending ? '…' : fallback}
      </Text>
    );
  }
  return (
    <AnchorLink to="/companies/$companyId" params={{ companyId: id }} size="sm">
      {company.data.name}
    </AnchorLink>
  );
}
