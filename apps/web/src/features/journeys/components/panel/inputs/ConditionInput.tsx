import { Button, Group, Modal, Skeleton, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { SegmentGroup } from '@rapport/contracts';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../../ui/QueryError';
import { SegmentBuilder, useSegmentCatalog } from '../../../../segments';

interface Props {
  value: SegmentGroup;
  onChange: (definition: SegmentGroup) => void;
  /** Messages by builder path, shown at their condition. */
  errors: Map<string, string>;
  disabled?: boolean;
}

const count = (g: SegmentGroup): number => g.children.reduce((n, c) => n + (c.type === 'group' ? count(c) : 1), 0);

/** A condition on the contact, written in the segment builder, which opens in a dialog of its own. */
export function ConditionInput({ value, onChange, errors, disabled }: Props) {
  const { t } = useTranslation('journeys');
  const [opened, dialog] = useDisclosure(false);
  const catalog = useSegmentCatalog();
  const n = count(value);
  return (
    <>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c={errors.size ? 'red' : n ? undefined : 'dimmed'} data-testid="condition-count">
          {n ? t('condition.count', { count: n }) : t('condition.none')}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconFilter size={14} />} onClick={dialog.open} disabled={disabled} data-testid="condition-edit">
          {t('condition.edit')}
        </Button>
      </Group>
      {errors.size ? (
        <Text size="xs" c="red" data-testid="field-error">
          {[...errors.values()].join('; ')}
        </Text>
      ) : null}
      <Modal opened={opened} onClose={dialog.close} title={t('condition.title')} size="xl">
        {catalog.isError ? <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
        {catalog.data ? <SegmentBuilder value={value} onChange={onChange} catalog={catalog.data} errors={errors} /> : <Skeleton h={160} />}
        <Group justify="flex-end" mt="md">
          <Button onClick={dialog.close} data-testid="condition-done">
            {t('condition.done')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
