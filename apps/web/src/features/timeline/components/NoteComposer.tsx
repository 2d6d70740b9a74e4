import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { modKey } from '../../../ui/mod-key';
import { useCreateNote } from '../api/create-note';
import type { TimelineEntity } from '../api/timeline';
import { NoteEditor, useEditorIsEmpty, useNoteEditor } from './NoteEditor';

/** The box at the top of a timeline for writing a new note. */
export function NoteComposer({ entity, entityId }: { entity: TimelineEntity; entityId: string }) {
  const { t } = useTranslation('timeline');
  const editor = useNoteEditor('', t('composer.label'));
  const isEmpty = useEditorIsEmpty(editor);
  const create = useCreateNote(entity, entityId);

  const submit = () => {
    if (!editor || isEmpty || create.isPending) return;
    create.mutate(
      { body: editor.getHTML() },
      { onSuccess: () => editor.commands.clearContent(true) },
    );
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('composer.label')}
      </Text>
      <NoteEditor editor={editor} onSubmit={submit} />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('composer.hint', { key: modKey })}
        </Text>
        <Button size="sm" onClick={submit} disabled={isEmpty} loading={create.isPending}>
          {t('composer.add')}
        </Button>
      </Group>
    </Stack>
  );
}
