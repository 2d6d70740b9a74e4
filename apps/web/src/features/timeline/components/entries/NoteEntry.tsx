import { Button, Group, Stack } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useDeleteNote } from '../../api/delete-note';
import { useUpdateNote } from '../../api/update-note';
import type { NoteData } from '../../entry-data';
import { NoteEditor, useEditorIsEmpty, useNoteEditor } from '../NoteEditor';
import { NoteBody } from './NoteBody';

/** A note, with Edit for its author and Delete for its author and admins. */
export function NoteEntry({ note, canEdit, canDelete }: { note: NoteData; canEdit: boolean; canDelete: boolean }) {
  const { t } = useTranslation('timeline');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteNote();

  if (editing) return <NoteEditForm note={note} onDone={() => setEditing(false)} />;
  return (
    <Stack gap={6}>
      <NoteBody html={note.body} />
      {canEdit || canDelete ? (
        <Group gap={4}>
          {canEdit ? (
            <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              {t('note.edit')}
            </Button>
          ) : null}
          {canDelete ? (
            <ConfirmButton
              size="compact-xs"
              variant="subtle"
              leftSection={<IconTrash size={14} />}
              label={t('note.delete')}
              title={t('note.deleteTitle')}
              message={t('note.deleteMessage')}
              confirmLabel={t('note.delete')}
              loading={remove.isPending}
              onConfirm={() => remove.mutateAsync(note.noteId, { onSuccess: () => notifySuccess(t('note.deleted')) })}
            />
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

function NoteEditForm({ note, onDone }: { note: NoteData; onDone: () => void }) {
  const { t } = useTranslation(['timeline', 'common']);
  const editor = useNoteEditor(note.body, t('note.editLabel'));
  const isEmpty = useEditorIsEmpty(editor);
  const update = useUpdateNote();
  const save = () => {
    if (!editor || isEmpty) return;
    update.mutate({ id: note.noteId, input: { body: editor.getHTML() } }, { onSuccess: onDone });
  };
  return (
    <Stack gap="xs">
      <NoteEditor editor={editor} onSubmit={save} />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button size="xs" onClick={save} disabled={isEmpty} loading={update.isPending}>
          {t('note.save')}
        </Button>
      </Group>
    </Stack>
  );
}
