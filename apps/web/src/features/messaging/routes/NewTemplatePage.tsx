import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { TemplateEditor } from '../components/editor/TemplateEditor';
import { starterContent, type Draft } from '../model/draft';

const route = getRouteApi('/_app/messages/templates/new');

/** A new template of the channel in the URL, starting from a short example to edit. */
export function NewTemplatePage() {
  const { t } = useTranslation('messaging');
  const { channel } = route.useSearch();
  return (
    <Stack gap="lg">
      <BackLink to="/messages/templates" label={t('editor.back')} />
      <NewEditor key={channel} channel={channel} />
    </Stack>
  );
}

function NewEditor({ channel }: { channel: Draft['content']['channel'] }) {
  const { t } = useTranslation('messaging');
  // Liquid is put together here: in a translation its braces would be read as i18next's own.
  const [initial] = useState<Draft>(() => ({
    name: '',
    content: starterContent(channel, {
      subject: t('starter.subject', { workspace: '{{ workspace.name }}' }),
      greeting: t('starter.greeting', { name: '{{ contact.firstName }}' }),
      body: t('starter.body'),
    }),
    localized: {},
  }));
  return <TemplateEditor initial={initial} />;
}
