import { Button, Group, Modal, ScrollArea, Tabs, Text, Tooltip } from '@mantine/core';
import type { SavedView, UpdateSavedViewInput } from '@rapport/contracts';
import { IconDeviceFloppy, IconLock, IconRestore, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { canAdminister, useMe } from '../../../auth';
import type { ViewEntity } from '../../api/entity';
import { useCreateView } from '../../api/create-view';
import { useDeleteView } from '../../api/delete-view';
import { useUpdateView } from '../../api/update-view';
import type { ListUrl } from '../../hooks/use-list-url';
import { viewInput } from '../../model/list-state';
import { ViewMenu } from './ViewMenu';
import { ViewNameModal } from './ViewNameModal';

type Dialog = 'create' | 'rename' | 'delete' | null;

/**
 * Every property of a view, sent with each change: the server fills properties a PATCH leaves out
 * with their defaults (private, table, no columns), so a rename alone would reset them.
 */
const whole = (v: SavedView): UpdateSavedViewInput => ({
  name: v.name,
  visibility: v.visibility,
  layout: v.layout,
  q: v.q,
  filter: v.filter,
  sort: v.sort,
  columns: v.columns,
});

/** The saved views as tabs, and saving, updating, renaming, sharing and deleting them. */
export function ViewBar({ entity, list }: { entity: ViewEntity; list: ListUrl }) {
  const { t } = useTranslation(['views', 'common']);
  const me = useMe();
  const create = useCreateView();
  const update = useUpdateView();
  const remove = useDeleteView();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { view, views, changed } = list;
  const mine = Boolean(view && (view.ownerId === me.user.id || canAdminister(me.workspace?.role)));
  const dirty = changed.length > 0;
  const close = () => setDialog(null);
  // Failed writes are reported by the query client; rethrown so the dialog stays open.
  const fail = (error: unknown) => {
    throw error;
  };

  const saveNew = (name: string, shared: boolean) =>
    create.mutateAsync({ entity, name, visibility: shared ? 'shared' : 'private', ...viewInput(list.state) }).then((v) => {
      notifySuccess(t('views:saved.created', { name: v.name }));
      list.selectView(v.id);
    }, fail);
  const saveChanges = () =>
    view && update.mutateAsync({ id: view.id, input: { ...whole(view), ...viewInput(list.state) } }).then(() => {
      notifySuccess(t('views:saved.updated', { name: view.name }));
      list.reset();
    }, () => undefined);
  const patch = (input: { name?: string; visibility?: 'private' | 'shared' }) =>
    view ? update.mutateAsync({ id: view.id, input: { ...whole(view), ...input } }).catch(fail) : Promise.resolve();

  return (
    <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
      <ScrollArea type="never" style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Tabs value={view?.id ?? 'all'} onChange={(v) => list.selectView(v && v !== 'all' ? v : null)} variant="pills" radius="md">
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            <Tabs.Tab value="all">{t(`views:saved.all.${entity}`)}</Tabs.Tab>
            {views.map((v) => (
              <Tabs.Tab key={v.id} value={v.id} leftSection={v.visibility === 'shared' ? <IconUsers size={14} aria-label={t('views:saved.sharedBadge')} /> : <IconLock size={14} aria-label={t('views:saved.privateBadge')} />}>
                {v.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      </ScrollArea>
      <Group gap="xs">
        {dirty ? (
          <>
            <Text size="xs" c="dimmed">{t('views:saved.unsaved')}</Text>
            <Tooltip label={t('views:saved.resetHint')} withinPortal>
              <Button size="sm" variant="subtle" color="gray" leftSection={<IconRestore size={16} />} onClick={list.reset}>
                {t('views:saved.reset')}
              </Button>
            </Tooltip>
            {view && mine ? (
              <Button size="sm" variant="light" leftSection={<IconDeviceFloppy size={16} />} loading={update.isPending} onClick={() => void saveChanges()}>
                {t('views:saved.update')}
              </Button>
            ) : null}
          </>
        ) : null}
        <Button size="sm" variant={dirty ? 'filled' : 'default'} onClick={() => setDialog('create')}>
          {t('views:saved.saveAsNew')}
        </Button>
        {view && mine ? (
          <ViewMenu
            view={view}
            onRename={() => setDialog('rename')}
            onToggleShare={() => void patch({ visibility: view.visibility === 'shared' ? 'private' : 'shared' }).catch(() => undefined)}
            onDelete={() => setDialog('delete')}
          />
        ) : null}
      </Group>
      <ViewNameModal opened={dialog === 'create'} title={t('views:saved.saveAsNew')} initialName="" withVisibility submitting={create.isPending} onClose={close} onSubmit={saveNew} />
      <ViewNameModal opened={dialog === 'rename'} title={t('views:saved.rename')} initialName={view?.name ?? ''} withVisibility={false} submitting={update.isPending} onClose={close} onSubmit={(name) => patch({ name })} />
      <Modal opened={dialog === 'delete'} onClose={close} title={t('views:saved.deleteTitle')} centered>
        <Text size="sm">{t('views:saved.deleteMessage', { name: view?.name ?? '' })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>{t('common:actions.cancel')}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => view && remove.mutateAsync(view.id).then(() => { close(); list.selectView(null); }, () => undefined)}>
            {t('views:saved.delete')}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
