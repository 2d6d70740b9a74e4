import { Button, Group, Loader, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Contact } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../../lib/pagination';
import { notifySuccess } from '../../../../lib/notify';
import { useContacts } from '../../../contacts';
import { useEnrol } from '../../api/enrol';

const label = (c: Contact) => (c.email && c.name !== c.email ? `${c.name} · ${c.email}` : c.name);

/** Contacts picked by hand (searched on the server) enter a manual-trigger journey. */
export function EnrolModal({ journeyId, opened, onClose }: { journeyId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('journeys');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string }[]>([]);
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = useContacts({ q }, { limit: 20, enabled: opened });
  const enrol = useEnrol(journeyId);
  const found = flattenPages(results.data).map((c) => ({ value: c.id, label: label(c) }));
  const data = [...picked, ...found.filter((f) => !picked.some((p) => p.value === f.value))];

  const close = () => {
    setPicked([]);
    setSearch('');
    onClose();
  };
  const submit = () =>
    enrol.mutate(
      picked.map((p) => p.value),
      {
        onSuccess: (result) => {
          notifySuccess(t('enrol.done', { count: result.enrolled }));
          const missed = result.results.length - result.enrolled;
          if (missed > 0) notifications.show({ color: 'yellow', message: t('enrol.notEnrolled', { count: missed }) });
          close();
        },
      },
    );

  return (
    <Modal opened={opened} onClose={close} title={t('enrol.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="enrol-hint">
          {t('enrol.hint')}
        </Text>
        <MultiSelect
          label={t('enrol.contacts')}
          placeholder={t('enrol.search')}
          data={data}
          value={picked.map((p) => p.value)}
          onChange={(ids) => setPicked(ids.map((id) => data.find((d) => d.value === id) ?? { value: id, label: id }))}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server has filtered already.
          filter={({ options }) => options}
          rightSection={results.isFetching ? <Loader size={14} /> : undefined}
          maxValues={1000}
          data-testid="enrol-contacts"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={enrol.isPending} disabled={!picked.length} data-testid="enrol-submit">
            {t('enrol.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
