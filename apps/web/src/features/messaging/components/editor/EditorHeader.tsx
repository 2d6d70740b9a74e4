import { Badge, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import type { MessageChannel, MessageTemplate } from '@rapport/contracts';
import { IconDeviceFloppy, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChannelBadge } from '../ChannelBadge';
import { DeleteTemplateButton } from '../DeleteTemplateButton';

interface Props {
  template: MessageTemplate | undefined;
  channel: MessageChannel;
  name: string;
  onName: (name: string) => void;
  nameError: string | undefined;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onHistory: () => void;
  /** Viewers may read templates and their history, not change them. */
  writable: boolean;
}

/** The template's name, channel and version, with history, delete and save. */
export function EditorHeader({ template, channel, name, onName, nameError, dirty, saving, onSave, onHistory, writable }: Props) {
  const { t } = useTranslation('messaging');
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" style={{ flex: 1, minWidth: 280 }}>
          <TextInput
            label={t('editor.name')}
            required
            value={name}
            onChange={(e) => onName(e.currentTarget.value)}
            error={nameError}
            errorProps={{ 'data-testid': 'field-error' }}
            wrapperProps={{ 'data-path': 'name' }}
            style={{ flex: 1, maxWidth: 420 }}
            data-testid="template-name"
          />
          <Group gap="xs" pb={6}>
            <ChannelBadge channel={channel} />
            {template ? (
              <Badge variant="outline" color="gray" data-testid="template-version" data-version={template.version}>
                {t('editor.version', { version: template.version })}
              </Badge>
            ) : null}
            {template && dirty ? (
              <Text size="xs" c="dimmed" data-testid="unsaved">
                {t('editor.unsaved')}
              </Text>
            ) : null}
          </Group>
        </Group>
        <Group gap="sm">
          {template ? (
            <>
              <Button variant="default" leftSection={<IconHistory size={16} />} onClick={onHistory} data-testid="open-versions">
                {t('versions.open')}
              </Button>
              {writable ? <DeleteTemplateButton template={template} /> : null}
            </>
          ) : null}
          {writable ? (
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty} data-testid="template-save">
              {t('editor.save')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
