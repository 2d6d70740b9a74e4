import { Badge, Button, Group, Paper, Text, TextInput, Tooltip } from '@mantine/core';
import type { Journey } from '@rapport/contracts';
import { IconDeviceFloppy, IconPlayerPause, IconPlayerPlay, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../StatusBadge';
import { DeleteJourneyButton } from './DeleteJourneyButton';

interface Props {
  journey: Journey | undefined;
  name: string;
  onName: (name: string) => void;
  nameError: string | undefined;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  publishing: boolean;
  onPublish: () => void;
  pausing: boolean;
  onPause: () => void;
  /** Manual-trigger journeys take contacts by hand. */
  onEnrol: (() => void) | undefined;
  /** Journeys that have run list their contacts. */
  onRuns: (() => void) | undefined;
  writable: boolean;
}

/** The journey's name, status and version, with save, publish or pause, enrolment and delete. */
export function EditorHeader({ journey, name, onName, nameError, dirty, saving, onSave, publishing, onPublish, pausing, onPause, onEnrol, onRuns, writable }: Props) {
  const { t } = useTranslation('journeys');
  const status = journey?.status;
  const publishLabel = status === 'paused' ? t('editor.resume') : t('editor.publish');
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
            style={{ flex: 1, maxWidth: 420 }}
            disabled={!writable}
            data-testid="journey-name"
          />
          <Group gap="xs" pb={6}>
            {journey ? <StatusBadge status={journey.status} /> : null}
            {journey ? (
              <Badge variant="outline" color="gray" data-testid="journey-version" data-version={journey.version}>
                {t('editor.version', { version: journey.version })}
              </Badge>
            ) : null}
            {journey && dirty ? (
              <Text size="xs" c="dimmed" data-testid="unsaved">
                {t('editor.unsaved')}
              </Text>
            ) : null}
          </Group>
        </Group>
        <Group gap="sm">
          {onRuns ? (
            <Button variant="default" leftSection={<IconUsers size={16} />} onClick={onRuns} data-testid="journey-runs">
              {t('editor.runs')}
            </Button>
          ) : null}
          {writable && onEnrol ? (
            <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={onEnrol} data-testid="journey-enrol">
              {t('editor.enrol')}
            </Button>
          ) : null}
          {writable && journey ? <DeleteJourneyButton journey={journey} /> : null}
          {writable && status === 'live' ? (
            <Button variant="light" color="yellow" leftSection={<IconPlayerPause size={16} />} onClick={onPause} loading={pausing} data-testid="journey-pause">
              {t('editor.pause')}
            </Button>
          ) : null}
          {writable && journey && status !== 'live' && status !== 'archived' ? (
            <Tooltip label={t('editor.saveFirst')} disabled={!dirty}>
              <Button variant="light" color="teal" leftSection={<IconPlayerPlay size={16} />} onClick={onPublish} loading={publishing} disabled={dirty} data-testid="journey-publish">
                {publishLabel}
              </Button>
            </Tooltip>
          ) : null}
          {writable ? (
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty} data-testid="journey-save">
              {t('editor.save')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
