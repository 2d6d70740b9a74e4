import { ActionIcon, Anchor, Table, Text, Tooltip } from '@mantine/core';
import type { EventCatalogEntry } from '@rapport/contracts';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRelative } from '../../../lib/format';
import { EventTypeBadge } from '../../../ui/EventType';
import { catalogKey } from '../catalog';
import { PropertyKeysTable } from './PropertyKeysTable';

interface Props {
  entries: EventCatalogEntry[];
  onSelect: (entry: EventCatalogEntry) => void;
}

/** Event names with their counts; a row opens to show its property keys. */
export function EventCatalogTable({ entries, onSelect }: Props) {
  const { t, i18n } = useTranslation('events');
  const lng = i18n.language;
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (key: string) => setExpanded(expanded.includes(key) ? expanded.filter((k) => k !== key) : [...expanded, key]);
  const number = new Intl.NumberFormat(lng);

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="event-catalog">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('catalog.name')}</Table.Th>
            <Table.Th>{t('catalog.type')}</Table.Th>
            <Table.Th ta="right">{t('catalog.count')}</Table.Th>
            <Table.Th ta="right">{t('catalog.properties')}</Table.Th>
            <Table.Th>{t('catalog.firstSeen')}</Table.Th>
            <Table.Th>{t('catalog.lastSeen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const key = catalogKey(entry);
            const open = expanded.includes(key);
            const label = open ? t('catalog.hideProperties') : t('catalog.showProperties');
            return (
              <Fragment key={key}>
                <Table.Tr>
                  <Table.Td>
                    {entry.properties.length > 0 ? (
                      <Tooltip label={label}>
                        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} aria-expanded={open} onClick={() => toggle(key)}>
                          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" fw={500} fs={entry.name ? undefined : 'italic'} onClick={() => onSelect(entry)} ta="left">
                      {entry.name || t(`catalog.unnamed.${entry.type}`)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <EventTypeBadge type={entry.type} />
                  </Table.Td>
                  <Table.Td ta="right">{number.format(entry.count)}</Table.Td>
                  <Table.Td ta="right">{number.format(entry.properties.length)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(entry.firstSeenAt, lng)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={formatDateTime(entry.lastSeenAt, lng)}>
                      <Text size="sm" w="fit-content">
                        {formatRelative(entry.lastSeenAt, lng)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={6} pb="md">
                      <PropertyKeysTable entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
