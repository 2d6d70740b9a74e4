import { Alert, Group, Loader, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { RenderedMessage } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContactPicker } from '../ContactPicker';
import type { PreviewContact } from '../preview-contact';
import { RenderedView } from './RenderedView';

interface Props {
  contact: PreviewContact | null;
  onContact: (contact: PreviewContact | null) => void;
  rendered: RenderedMessage | undefined;
  isFetching: boolean;
  /** The preview failed: its messages show at their fields, these are the rest. */
  failed: boolean;
  problems: string[];
  /** Required fields are empty, so nothing was asked. */
  incomplete: boolean;
}

/** The edited variant rendered for a chosen contact, as the server will send it. */
export function PreviewPanel({ contact, onContact, rendered, isFetching, failed, problems, incomplete }: Props) {
  const { t } = useTranslation('messaging');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('preview.title')} data-testid="preview-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('preview.title')}</Title>
          {isFetching ? <Loader size="xs" aria-label={t('preview.updating')} /> : null}
        </Group>
        <ContactPicker value={contact} onChange={onContact} />
        {failed ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={t('preview.failed')} data-testid="preview-error">
            {problems.length ? (
              problems.map((m) => (
                <Text size="sm" key={m}>
                  {m}
                </Text>
              ))
            ) : (
              <Text size="sm">{t('preview.seeFields')}</Text>
            )}
          </Alert>
        ) : null}
        {incomplete ? (
          <Text size="sm" c="dimmed" data-testid="preview-incomplete">
            {t('preview.incomplete')}
          </Text>
        ) : null}
        {!contact && !incomplete ? (
          <Text size="sm" c="dimmed">
            {t('preview.pickContact')}
          </Text>
        ) : null}
        {contact && !incomplete && !failed && !rendered ? <Skeleton h={200} /> : null}
        {rendered && !failed && !incomplete ? (
          <div style={{ opacity: isFetching ? 0.6 : 1 }}>
            <RenderedView message={rendered} />
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
