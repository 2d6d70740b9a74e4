import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import type { LineMessage, MessageContent } from '@rapport/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { codeStyles, type ContentFieldsProps } from './bind';

type Line = Extract<MessageContent, { channel: 'line' }>;
type LineType = LineMessage['type'];

/** LINE takes at most five message objects in one push. */
export const maxLineMessages = 5;
const lineTypes: LineType[] = ['text', 'image', 'flex'];

const flexStarter = JSON.stringify(
  { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: '{{ contact.firstName }}' }] } },
  null,
  2,
);

function emptyMessage(type: LineType): LineMessage {
  if (type === 'image') return { type, originalContentUrl: '', previewImageUrl: '' };
  if (type === 'flex') return { type, altText: '', contents: flexStarter };
  return { type, text: '' };
}

/** Up to five messages, each a text, an image or a flex container written as JSON. */
export function LineFields({ content, bind, onChange, errorAt }: ContentFieldsProps<Line>) {
  const { t } = useTranslation('messaging');
  const set = (messages: LineMessage[]) => onChange({ ...content, messages });
  return (
    <Stack gap="sm">
      {content.messages.map((m, i) => (
        <Paper key={i} withBorder radius="md" p="sm" data-testid="line-message" data-path={`messages.${i}`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Select
                size="xs"
                w={180}
                aria-label={t('line.type')}
                data={lineTypes.map((k) => ({ value: k, label: t(`line.types.${k}`) }))}
                value={m.type}
                allowDeselect={false}
                onChange={(v) => v && v !== m.type && set(content.messages.map((x, j) => (j === i ? emptyMessage(v as LineType) : x)))}
              />
              <Tooltip label={t('line.remove')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('line.remove')} disabled={content.messages.length === 1} onClick={() => set(content.messages.filter((_, j) => j !== i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            {m.type === 'text' ? <Textarea aria-label={t('line.text')} placeholder={t('line.text')} autosize minRows={3} maxRows={10} {...bind(`messages.${i}.text`)} /> : null}
            {m.type === 'image' ? (
              <>
                <TextInput label={t('line.originalContentUrl')} placeholder="https://" {...bind(`messages.${i}.originalContentUrl`)} />
                <TextInput label={t('line.previewImageUrl')} placeholder="https://" {...bind(`messages.${i}.previewImageUrl`)} />
              </>
            ) : null}
            {m.type === 'flex' ? (
              <>
                <TextInput label={t('line.altText')} description={t('line.altTextHint')} {...bind(`messages.${i}.altText`)} />
                <Textarea label={t('line.contents')} description={t('line.contentsHint')} autosize minRows={6} maxRows={24} spellCheck={false} styles={codeStyles} {...bind(`messages.${i}.contents`)} />
              </>
            ) : null}
            {errorAt(`messages.${i}`) ? (
              <Text size="xs" c="red" data-testid="field-error">
                {errorAt(`messages.${i}`)}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={content.messages.length >= maxLineMessages}
          onClick={() => set([...content.messages, emptyMessage('text')])}
          data-testid="line-add"
        >
          {t('line.add', { n: content.messages.length, max: maxLineMessages })}
        </Button>
      </Group>
    </Stack>
  );
}
