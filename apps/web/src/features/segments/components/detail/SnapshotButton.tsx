import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Segment } from '@rapport/contracts';
import { IconCamera } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/format';
import { notifySuccess } from '../../../../lib/notify';
import { useSnapshotSegment } from '../../api/snapshot-segment';

/** Freezes the current members into a static list (for a one-off send, or to compare later). */
export function SnapshotButton({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation('segments');
  const navigate = useNavigate();
  const snapshot = useSnapshotSegment(segment.id);
  const [opened, { open, close }] = useDisclosure(false);
  const [name, setName] = useState('');
  const start = () => {
    setName(t('snapshot.defaultName', { name: segment.name, date: formatDate(new Date().toISOString(), i18n.language) }));
    open();
  };
  const submit = () =>
    snapshot.mutate(name.trim(), {
      onSuccess: (list) => {
        close();
        notifySuccess(t('snapshot.done', { name: list.name, count: list.size }));
        void navigate({ to: '/segments/$segmentId', params: { segmentId: list.id } });
      },
    });
  return (
    <>
      <Button variant="default" leftSection={<IconCamera size={16} />} onClick={start}>
        {t('snapshot.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('snapshot.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) submit();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('snapshot.hint', { count: segment.size })}
            </Text>
            <TextInput label={t('form.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={snapshot.isPending} disabled={!name.trim()}>
                {t('snapshot.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
