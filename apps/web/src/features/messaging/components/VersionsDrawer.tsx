import { Alert, Badge, Button, Drawer, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import type { MessageTemplate, MessageTemplateVersion } from '@rapport/contracts';
import { IconArrowBackUp, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { useTemplatePreview } from '../api/preview-template';
import { useTemplateVersions } from '../api/versions';
import type { PreviewContact } from './preview-contact';
import { RenderedView } from './preview/RenderedView';

interface Props {
  template: MessageTemplate;
  opened: boolean;
  onClose: () => void;
  contact: PreviewContact | null;
  /** Loads a version's content into the editor, to save as the next version. */
  onRestore: (version: MessageTemplateVersion) => void;
}

/** Every saved version, newest first; each can be previewed as the chosen contact or brought back. */
export function VersionsDrawer({ template, opened, onClose, contact, onRestore }: Props) {
  const { t, i18n } = useTranslation('messaging');
  const versions = useTemplateVersions(template.id, opened);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={t('versions.title', { name: template.name })}>
      {versions.isPending ? <Skeleton h={160} /> : null}
      {versions.isError ? <QueryError error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      <Stack gap="sm" data-testid="versions-list">
        {versions.data?.map((v) => (
          <Paper key={v.version} withBorder radius="md" p="sm" data-testid="version-row" data-version={v.version}>
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Group gap="xs">
                  <Text fw={600}>{t('editor.version', { version: v.version })}</Text>
                  {v.version === template.version ? (
                    <Badge size="xs" variant="light">
                      {t('versions.current')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {v.createdBy ? t('versions.savedBy', { when: formatDateTime(v.createdAt, i18n.language), who: v.createdBy }) : formatDateTime(v.createdAt, i18n.language)}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant={shown === v.version ? 'filled' : 'default'} leftSection={<IconEye size={14} />} onClick={() => setShown(shown === v.version ? null : v.version)} data-testid="version-preview">
                  {t('versions.preview')}
                </Button>
                {v.version !== template.version ? (
                  <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={() => onRestore(v)} data-testid="version-restore">
                    {t('versions.restore')}
                  </Button>
                ) : null}
              </Group>
            </Group>
            {shown === v.version ? <VersionPreview templateId={template.id} version={v.version} contact={contact} /> : null}
          </Paper>
        ))}
      </Stack>
    </Drawer>
  );
}

function VersionPreview({ templateId, version, contact }: { templateId: string; version: number; contact: PreviewContact | null }) {
  const { t } = useTranslation('messaging');
  const preview = useTemplatePreview(templateId, contact ? { contactId: contact.id, version } : null);
  if (!contact) return <Text size="sm" c="dimmed" mt="sm">{t('preview.pickContact')}</Text>;
  return (
    <Stack gap="xs" mt="sm" data-testid="version-rendered">
      <Text size="xs" c="dimmed">
        {t('versions.previewAs', { contact: contact.label })}
      </Text>
      {preview.isPending ? <Skeleton h={160} /> : null}
      {preview.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(preview.error)}
        </Alert>
      ) : null}
      {preview.data ? <RenderedView message={preview.data} /> : null}
    </Stack>
  );
}
