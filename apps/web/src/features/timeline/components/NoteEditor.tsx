import '@mantine/tiptap/styles.css';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A tiptap editor for notes: bold, italic, lists and links. Headings, code and the like are left out
 * because the server's sanitiser keeps a small fixed set of tags anyway.
 */
export function useNoteEditor(content: string, label: string) {
  return useEditor({
    extensions: [
      StarterKit.configure({ link: false, heading: false, codeBlock: false, code: false, horizontalRule: false }),
      Link.configure({ openOnClick: false, defaultProtocol: 'https' }),
    ],
    content,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' } },
  });
}

/** Whether the editor holds no text; re-evaluated as the user types. */
export const useEditorIsEmpty = (editor: Editor | null) =>
  useEditorState({ editor, selector: ({ editor: e }) => !e || e.isEmpty || !e.getText().trim() }) ?? true;

interface NoteEditorProps {
  editor: Editor | null;
  /** Ctrl/⌘ + Enter. */
  onSubmit?: () => void;
}

export function NoteEditor({ editor, onSubmit }: NoteEditorProps) {
  const { t } = useTranslation('timeline');
  const onKeyDown = (e: KeyboardEvent) => {
    if (onSubmit && e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      onSubmit();
    }
  };
  return (
    <RichTextEditor
      editor={editor}
      onKeyDown={onKeyDown}
      labels={{
        boldControlLabel: t('editor.bold'),
        italicControlLabel: t('editor.italic'),
        bulletListControlLabel: t('editor.bulletList'),
        orderedListControlLabel: t('editor.orderedList'),
        linkControlLabel: t('editor.link'),
        unlinkControlLabel: t('editor.unlink'),
        linkEditorInputLabel: t('editor.linkUrl'),
        linkEditorInputPlaceholder: 'https://example.com',
        linkEditorExternalLink: t('editor.linkExternal'),
        linkEditorInternalLink: t('editor.linkInternal'),
        linkEditorSave: t('editor.linkSave'),
      }}
    >
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content mih={80} />
    </RichTextEditor>
  );
}
