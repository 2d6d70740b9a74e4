import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CouponPool } from '@rapport/contracts';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useArchiveCouponPool } from '../api/archive-pool';
import { EditPoolModal } from './EditPoolModal';

/** Edit a pool; archive it, which stops new codes (so it asks first), or bring it back. */
export function PoolActions({ pool }: { pool: CouponPool }) {
  const { t } = useTranslation('coupons');
  const [editing, edit] = useDisclosure(false);
  const archive = useArchiveCouponPool(pool.id);
  const name = pool.name;
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open} data-testid="pool-edit">
        {t('edit.action')}
      </Button>
      {pool.archivedAt ? (
        <Button
          variant="light"
          leftSection={<IconArchiveOff size={16} />}
          loading={archive.isPending}
          onClick={() => archive.mutate(false, { onSuccess: () => notifySuccess(t('archive.restored', { name })) })}
          data-testid="pool-unarchive"
        >
          {t('archive.unarchive')}
        </Button>
      ) : (
        <ConfirmButton
          label={t('archive.action')}
          leftSection={<IconArchive size={16} />}
          title={t('archive.title', { name })}
          message={t('archive.message', { name })}
          confirmLabel={t('archive.action')}
          loading={archive.isPending}
          onConfirm={() => archive.mutateAsync(true).then(() => notifySuccess(t('archive.done', { name })))}
          data-testid="pool-archive"
        />
      )}
      {editing ? <EditPoolModal pool={pool} onClose={edit.close} /> : null}
    </Group>
  );
}
