import { Alert, Button, Group, List, Modal, Radio, Stack, Text } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useMergeContacts } from '../api/merge-contacts';
import { defaultPicks, mergeFields, mergeInput, type Picks, type Side } from '../merge-picks';
import { MergeFieldsTable } from './MergeFieldsTable';
import { showMergeUndo } from './MergeUndoNotice';

interface MergeContactsModalProps {
  a: Contact;
  b: Contact;
  opened: boolean;
  onClose: () => void;
}

/** Merge two contacts: pick the record that stays and, per field, the value it keeps. */
export function MergeContactsModal({ a, b, opened, onClose }: MergeContactsModalProps) {
  const { t } = useTranslation('merge');
  return (
    <Modal opened={opened} onClose={onClose} title={t('title')} size="xl">
      {opened ? <MergeForm key={`${a.id}:${b.id}`} a={a} b={b} onClose={onClose} /> : null}
    </Modal>
  );
}

function MergeForm({ a, b, onClose }: { a: Contact; b: Contact; onClose: () => void }) {
  const { t, i18n } = useTranslation('merge');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const merge = useMergeContacts();
  const fields = mergeFields(a, b);
  const [survivor, setSurvivor] = useState<Side>('a');
  const [picks, setPicks] = useState<Picks>(() => defaultPicks(a, b, fields));

  const submit = () =>
    merge.mutate(mergeInput(a, b, survivor, picks), {
      onSuccess: (result) => {
        onClose();
        showMergeUndo(queryClient, result);
        void navigate({ to: '/contacts/$contactId', params: { contactId: result.contact.id } });
      },
    });

  const option = (side: Side, c: Contact) => (
    <Radio
      value={side}
      label={t('survivorOption', { side: t(side === 'a' ? 'sides.a' : 'sides.b'), name: c.name })}
      description={t('createdOn', { date: formatDate(c.createdAt, i18n.language) })}
      data-testid={`merge-survivor-${side}`}
    />
  );

  return (
    <Stack gap="md">
      <Radio.Group label={t('survivor')} description={t('survivorHint')} value={survivor} onChange={(v) => setSurvivor(v as Side)}>
        <Group mt="xs" gap="xl">
          {option('a', a)}
          {option('b', b)}
        </Group>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('pickHint')}
      </Text>
      <MergeFieldsTable a={a} b={b} fields={fields} picks={picks} survivor={survivor} onPick={(f, side) => setPicks((p) => ({ ...p, [f]: side }))} />
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('moves.title')}>
        <List size="sm" spacing={2}>
          <List.Item>{t('moves.lists')}</List.Item>
          <List.Item>{t('moves.links')}</List.Item>
          <List.Item>{t('moves.hidden')}</List.Item>
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button onClick={submit} loading={merge.isPending} data-testid="merge-confirm">
          {t('confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
