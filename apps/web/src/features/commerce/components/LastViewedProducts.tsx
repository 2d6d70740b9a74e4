import { Group, Stack, Text, Tooltip } from '@mantine/core';
import type { ContactTraits } from '@rapport/contracts';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';

const shown = 5;

/** The products the contact looked at last, newest first; each opens the product list at it. */
export function LastViewedProducts({ products }: { products: ContactTraits['lastViewedProducts'] }) {
  const { t, i18n } = useTranslation('commerce');
  const lng = i18n.language;
  return (
    <Stack gap={2} miw={200} maw={320} data-testid="last-viewed-products">
      <Group gap={4}>
        <IconEye size={13} color="var(--mantine-color-dimmed)" />
        <Text size="xs" c="dimmed">
          {t('traits.lastViewed')}
        </Text>
      </Group>
      {products.slice(0, shown).map((product) => (
        <Group key={`${product.sku}:${product.at}`} gap="xs" justify="space-between" wrap="nowrap">
          <AnchorLink to="/products" search={{ q: product.sku }} size="sm" truncate="end" style={{ minWidth: 0 }}>
            {product.name ?? product.sku}
          </AnchorLink>
          <Tooltip label={formatDateTime(product.at, lng)}>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatRelative(product.at, lng)}
            </Text>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
