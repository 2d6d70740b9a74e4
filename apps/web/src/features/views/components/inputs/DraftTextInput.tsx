import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type Props = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  delay?: number;
};

interface Draft {
  text: string;
  /** The value it was typed over: while `value` still says that, the draft is what to show. */
  over: string;
  sent: boolean;
}

/**
 * A text input over a value kept in the URL. What is typed shows at once (so an IME composing
 * 林美玲 is never interrupted by the router's asynchronous update) and is reported after a pause,
 * or at once on Enter or blur. Once the value has caught up the draft is dropped, so a value
 * replaced from elsewhere (another view picked, "Reset") shows as it is.
 */
export function DraftTextInput({ value, onChange, delay = 200, onBlur, onKeyDown, ...props }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const send = useDebouncedCallback(
    (text: string) => {
      onChange(text);
      setDraft((d) => (d && d.text === text ? { ...d, sent: true } : d));
    },
    { delay, flushOnUnmount: true },
  );
  // Adjusting state while rendering, as React documents for derived state: no effect, no extra paint.
  if (draft?.sent && value === draft.text) setDraft(null);
  const shown = draft && (value === draft.over || value === draft.text) ? draft.text : value;

  return (
    <TextInput
      {...props}
      value={shown}
      onChange={(e) => {
        setDraft({ text: e.currentTarget.value, over: value, sent: false });
        send(e.currentTarget.value);
      }}
      onBlur={(e) => {
        send.flush();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) send.flush();
        onKeyDown?.(e);
      }}
    />
  );
}
