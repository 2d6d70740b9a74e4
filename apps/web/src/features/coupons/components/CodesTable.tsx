import { Badge, Table, Text } from '@mantine/core';
import type { CouponCode } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';

/** A pool's codes: whom each went to, until when it is good, and whether an order used it. */
export function CodesTable({ codes }: { codes: CouponCode[] }) {
  const { t, i18n } = useTranslation('coupons');
  const lng = i18n.language;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="codes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('codes.code')}</Table.Th>
            <Table.Th>{t('codes.state')}</Table.Th>
            <Table.Th>{t('codes.contact')}</Table.Th>
            <Table.Th>{t('codes.issuedAt')}</Table.Th>
            <Table.Th>{t('codes.expiresAt')}</Table.Th>
            <Table.Th>{t('codes.redeemedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {codes.map((c) => {
            const state = c.redeemedAt ? 'redeemed' : c.issuedAt ? 'issued' : 'available';
            return (
              <Table.Tr key={c.code} data-testid="code-row">
                <Table.Td ff="monospace">{c.code}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={state === 'redeemed' ? 'teal' : state === 'issued' ? 'blue' : 'gray'}>
                    {t(`codes.states.${state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {c.contactId ? (
                    <AnchorLink to="/contacts/$contactId" params={{ contactId: c.contactId }} size="sm">
                      {t('codes.openContact')}
                    </AnchorLink>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(c.issuedAt, lng)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(c.expiresAt, lng)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(c.redeemedAt, lng)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
