import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PropertiesPreview } from '../../../../ui/PropertiesPreview';
import { useSources } from '../../../sources';
import { pageAddress, pageLabel, type EventData } from '../../entry-data';

// Shown in the title or the address line already; the JSON still has them.
const pageKeys = ['title', 'path', 'url', 'search'] as const;

/** "Viewed page Pricing", "Product Viewed", "Identified": what the person did, in a sentence. */
export function useEventTitle(event: EventData): string {
  const { t } = useTranslation('timeline');
  switch (event.type) {
    case 'page': {
      const label = pageLabel(event);
      return label ? t('event.page', { page: label }) : t('event.pageUnknown');
    }
    case 'screen':
      return event.name ? t('event.screen', { screen: event.name }) : t('event.screenUnknown');
    case 'track':
      return event.name ?? t('event.trackUnknown');
    default:
      return t(`event.${event.type}`);
  }
}

/** The page address, the key properties (or traits) inline with the rest as JSON, and the source. */
export function EventDetails({ event }: { event: EventData }) {
  const { t } = useTranslation('timeline');
  const sources = useSources();
  const source = event.sourceId ? sources.data?.find((s) => s.id === event.sourceId) : undefined;
  const address = event.type === 'page' ? pageAddress(event) : null;
  const values = event.type === 'identify' || event.type === 'group' ? { ...event.traits, ...event.properties } : event.properties;
  return (
    <>
      {address ? (
        <Text size="xs" c="dimmed" ff="monospace" truncate="end">
          {address}
        </Text>
      ) : null}
      <PropertiesPreview
        values={values}
        max={3}
        omit={event.type === 'page' ? pageKeys : []}
        aside={
          source ? (
            <Text size="xs" c="dimmed">
              {t('event.via', { source: source.name })}
            </Text>
          ) : null
        }
      />
    </>
  );
}
