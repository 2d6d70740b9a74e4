import { Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const short = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
};

interface PropertiesPreviewProps {
  values: Record<string, unknown>;
  max?: number;
  /** Keys the surrounding text already shows; left out of the summary, kept in the JSON. */
  omit?: readonly string[];
  /** Shown on the line of the JSON toggle (or alone when there is nothing to show). */
  aside?: ReactNode;
}

/** The first few properties of an event as "key: value", and the whole object as JSON on demand. */
export function PropertiesPreview({ values, max = 4, omit = [], aside }: PropertiesPreviewProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const all = Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const entries = all.filter(([k]) => !omit.includes(k));
  return (
    <Stack gap={2}>
      {entries.length > 0 ? (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {entries
            .slice(0, max)
            .map(([k, v]) => `${k}: ${short(v)}`)
            .join(' · ')}
          {entries.length > max ? ` · ${t('properties.more', { count: entries.length - max })}` : ''}
        </Text>
      ) : null}
      {all.length > 0 || aside ? (
        <Group gap="xs">
          {all.length > 0 ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setOpen(!open)}>
              {open ? t('properties.hideJson') : t('properties.showJson')}
            </Anchor>
          ) : null}
          {aside}
        </Group>
      ) : null}
      {open ? (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {JSON.stringify(values, null, 2)}
        </Code>
      ) : null}
    </Stack>
  );
}
