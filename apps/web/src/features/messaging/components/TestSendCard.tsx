import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { MessageTemplate } from '@rapport/contracts';
import { IconAlertTriangle, IconInbox, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/notify';
import { AnchorLink } from '../../../ui/AnchorLink';
import { useMe } from '../../auth';
import { useTestSend } from '../api/test-send';
import type { PreviewContact } from './preview-contact';

interface Props {
  template: MessageTemplate;
  contact: PreviewContact | null;
  /** Unsaved edits: a test send renders the saved version, so it waits for a save. */
  dirty: boolean;
}

/** Sends the saved email, rendered as the preview's contact, to the user's own address. */
export function TestSendCard({ template, contact, dirty }: Props) {
  const { t } = useTranslation('messaging');
  const me = useMe();
  const [to, setTo] = useState(me.user.email);
  const send = useTestSend(template.id);
  const toError = isApiError(send.error) ? send.error.fieldErrors.to : undefined;
  const problem = send.isError && !toError ? errorMessage(send.error) : null;
  const result = send.data;

  const submit = () => contact && send.mutate({ contactId: contact.id, to: to.trim() });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('testSend.title')}>
      <Stack gap="sm">
        <div>
          <Title order={5}>{t('testSend.title')}</Title>
          <Text size="xs" c="dimmed">
            {contact ? t('testSend.hint', { contact: contact.label }) : t('preview.pickContact')}
          </Text>
        </div>
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            type="email"
            aria-label={t('testSend.to')}
            placeholder={t('testSend.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && submit()}
            error={toError}
            style={{ flex: 1 }}
            data-testid="test-send-to"
          />
          <Button leftSection={<IconSend size={16} />} onClick={submit} loading={send.isPending} disabled={!contact || dirty || !to.trim()} data-testid="test-send">
            {t('testSend.send')}
          </Button>
        </Group>
        {dirty ? (
          <Text size="xs" c="orange">
            {t('testSend.saveFirst')}
          </Text>
        ) : null}
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />}>
            {problem}
          </Alert>
        ) : null}
        {result && !send.isError ? (
          <Alert color="teal" variant="light" icon={result.via === 'outbox' ? <IconInbox size={16} /> : <IconSend size={16} />} data-testid="test-send-result" data-via={result.via}>
            {result.via === 'smtp' ? (
              <Text size="sm">{t('testSend.viaSmtp', { to: send.variables?.to ?? to })}</Text>
            ) : (
              <Stack gap={4}>
                <Text size="sm">{t('testSend.viaOutbox', { to: send.variables?.to ?? to })}</Text>
                <AnchorLink to="/messages/outbox/$messageId" params={{ messageId: result.messageId }} size="sm" data-testid="test-send-open">
                  {t('testSend.openOutbox')}
                </AnchorLink>
              </Stack>
            )}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
