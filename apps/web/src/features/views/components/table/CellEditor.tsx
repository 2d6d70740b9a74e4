import { MultiSelect, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { useRef, useState, type KeyboardEvent } from 'react';
import { CompanyPicker } from '../inputs/CompanyPicker';
import { useFieldOptions } from '../filter/use-field-options';

export interface EditorProps {
  field: FieldDescriptor;
  label: string;
  value: unknown;
  /** The record's current reference target, such as its company, when it has one. */
  current?: { id: string; name: string } | null | undefined;
  onCommit: (value: unknown, extra?: { id: string; name: string } | null) => void;
  onCancel: () => void;
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const asList = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** The input that edits one cell in place. Enter or leaving the cell saves; Escape cancels. */
export function CellEditor({ field, label, value, current, onCommit, onCancel }: EditorProps) {
  const options = useFieldOptions(field);
  const done = useRef(false);
  const finish = (fn: () => void) => {
    if (done.current) return;
    done.current = true;
    fn();
  };
  const commit = (v: unknown, extra?: { id: string; name: string } | null) => finish(() => onCommit(v, extra));
  const cancel = () => finish(onCancel);
  const keys = (submit: () => void) => (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };
  const common = { size: 'xs' as const, 'aria-label': label, autoFocus: true };

  if (field.path === 'companyId') {
    return <CompanyPicker size="xs" label={undefined} value={asText(value) || null} current={current} onChange={(id, c) => commit(id, c)} autoFocus onBlur={cancel} />;
  }
  if (options && field.type !== 'multi_select') {
    return (
      <Select {...common} data={options} defaultValue={asText(value) || null} searchable clearable allowDeselect={false} defaultDropdownOpened
        onChange={(v) => commit(v)} onDropdownClose={cancel} onBlur={cancel} comboboxProps={{ withinPortal: true }} />
    );
  }
  return <DraftEditor field={field} common={common} options={options} value={value} commit={commit} cancel={cancel} keys={keys} />;
}

interface DraftProps {
  field: FieldDescriptor;
  common: { size: 'xs'; 'aria-label': string; autoFocus: boolean };
  options: { value: string; label: string }[] | null;
  value: unknown;
  commit: (v: unknown) => void;
  cancel: () => void;
  keys: (submit: () => void) => (e: KeyboardEvent) => void;
}

/** Editors that hold a draft until the user is done typing. */
function DraftEditor({ field, common, options, value, commit, cancel, keys }: DraftProps) {
  const [text, setText] = useState(asText(value));
  const [list, setList] = useState(asList(value));
  const [num, setNum] = useState<string | number>(typeof value === 'number' ? value : '');
  const saveText = () => commit(text.trim() === '' ? null : text.trim());

  switch (field.type) {
    case 'multi_select':
      return <MultiSelect {...common} data={options ?? []} value={list} onChange={setList} onBlur={() => commit(list)} onKeyDown={keys(() => commit(list))} defaultDropdownOpened searchable comboboxProps={{ withinPortal: true }} />;
    case 'tags':
    case 'text_list':
      // Enter adds a tag here, so only leaving the input saves.
      return <TagsInput {...common} value={list} onChange={setList} onBlur={() => commit(list)} onKeyDown={(e) => e.key === 'Escape' && cancel()} />;
    case 'number':
    case 'currency':
      return <NumberInput {...common} value={num} onChange={setNum} onBlur={() => commit(num === '' ? null : Number(num))} onKeyDown={keys(() => commit(num === '' ? null : Number(num)))} />;
    case 'date':
      return <TextInput {...common} type="date" value={text.slice(0, 10)} onChange={(e) => setText(e.currentTarget.value)} onBlur={saveText} onKeyDown={keys(saveText)} />;
    case 'long_text':
      return <Textarea {...common} autosize minRows={2} maxRows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} onBlur={saveText} onKeyDown={keys(saveText)} />;
    default:
      return <TextInput {...common} type={field.type === 'email' ? 'email' : 'text'} value={text} onChange={(e) => setText(e.currentTarget.value)} onBlur={saveText} onKeyDown={keys(saveText)} />;
  }
}
