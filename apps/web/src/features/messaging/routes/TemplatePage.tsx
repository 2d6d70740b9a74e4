import { EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconTemplateOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { QueryError } from '../../../ui/QueryError';
import type { MessageTemplate } from '@rapport/contracts';
import { useTemplate } from '../api/template';
import { BackLink } from '../components/BackLink';
import { TemplateEditor } from '../components/editor/TemplateEditor';
import { draftOf } from '../model/draft';

const route = getRouteApi('/_app/messages/templates/$templateId');

/** A saved template in the editor, with its history and, for email, a test send. */
export function TemplatePage() {
  const { t } = useTranslation('messaging');
  const { templateId } = route.useParams();
  const template = useTemplate(templateId);
  const missing = template.isError && isApiError(template.error) && template.error.status === 404;
  return (
    <Stack gap="lg">
      <BackLink to="/messages/templates" label={t('editor.back')} />
      {template.isPending ? <Skeleton h={320} radius="md" /> : null}
      {missing ? <EmptyState icon={<IconTemplateOff size={28} />} variant="light" title={t('editor.notFound')} description={t('editor.notFoundHint')} py={48} /> : null}
      {template.isError && !missing ? <QueryError error={template.error} onRetry={() => void template.refetch()} /> : null}
      {template.data ? <SavedEditor key={template.data.id} template={template.data} /> : null}
    </Stack>
  );
}

function SavedEditor({ template }: { template: MessageTemplate }) {
  // The draft starts from the template as loaded; later saves move the baseline, not the draft.
  const [initial] = useState(() => draftOf(template));
  return <TemplateEditor template={template} initial={initial} />;
}
