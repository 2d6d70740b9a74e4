import type { ChangeEvent, FocusEvent } from 'react';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** What a text field of the content form takes: its value, its message, and the focus the variables list inserts at. */
export interface FieldBinding {
  value: string;
  onChange: (e: ChangeEvent<TextElement>) => void;
  onFocus: (e: FocusEvent<TextElement>) => void;
  error: string | undefined;
  /** The field's draft path, so tests and the variables list find it. */
  wrapperProps: { 'data-path': string };
  errorProps: { 'data-testid': string };
}

/** Binds a field by its path within the variant being edited ("subject", "messages.1.text"). */
export type Bind = (rel: string) => FieldBinding;

export interface ContentFieldsProps<C> {
  content: C;
  bind: Bind;
  /** A change of structure (a LINE message added or retyped); text edits go through `bind`. */
  onChange: (content: C) => void;
  /** Messages about a part with no text field of its own ("messages.1"). */
  errorAt: (rel: string) => string | undefined;
}

/** Monospace for markup and JSON, so columns and indentation line up. */
export const codeStyles = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } };
