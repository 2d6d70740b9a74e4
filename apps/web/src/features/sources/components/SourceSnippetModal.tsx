import { Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Source } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from '../../../ui/CodeBlock';
import { CopyField } from '../../../ui/CopyField';
import { curlSnippet, nodeSnippet, webConsentSnippet, webMarkupSnippet, webSnippet } from '../snippets';

function Step({ title, hint, code }: { title: string; hint: string; code: string }) {
  return (
    <Stack gap={6}>
      <Title order={5}>{title}</Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <CodeBlock code={code} label={title} />
    </Stack>
  );
}

/** How to send this source's events: the script tag for websites, a Segment library or HTTP for the rest. */
export function SourceSnippetModal({ source, onClose }: { source: Source | null; onClose: () => void }) {
  const { t } = useTranslation('events');
  // The tracker and the tracking API are served by this very Rapport, wherever it is deployed.
  const origin = window.location.origin;
  return (
    <Modal opened={source !== null} onClose={onClose} title={source ? t('snippet.title', { name: source.name }) : ''} size="xl" centered>
      {source ? (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CopyField label={t('sources.writeKey')} value={source.writeKey} description={t('snippet.writeKeyHint')} />
            <CopyField label={t('snippet.host')} value={origin} description={t('snippet.hostHint')} />
          </SimpleGrid>
          {source.kind === 'web' ? (
            <>
              <Step title={t('snippet.web.title')} hint={t('snippet.web.hint')} code={webSnippet(origin, source.writeKey)} />
              <Step title={t('snippet.consent.title')} hint={t('snippet.consent.hint')} code={webConsentSnippet(origin, source.writeKey)} />
              <Step title={t('snippet.markup.title')} hint={t('snippet.markup.hint')} code={webMarkupSnippet()} />
            </>
          ) : (
            <>
              <Step title={t('snippet.node.title')} hint={t('snippet.node.hint')} code={nodeSnippet(origin, source.writeKey)} />
              <Step title={t('snippet.http.title')} hint={t('snippet.http.hint')} code={curlSnippet(origin, source.writeKey)} />
            </>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
