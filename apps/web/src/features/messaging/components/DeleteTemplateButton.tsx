import type { MessageTemplate } from '@rapport/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useDeleteTemplate } from '../api/delete-template';

/** Deletes the template and every version of it, after asking. */
export function DeleteTemplateButton({ template }: { template: MessageTemplate }) {
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  const remove = useDeleteTemplate(template.id);
  return (
    <ConfirmButton
      variant="subtle"
      leftSection={<IconTrash size={16} />}
      label={t('editor.delete')}
      title={t('editor.deleteTitle', { name: template.name })}
      message={t('editor.deleteMessage', { name: template.name })}
      confirmLabel={t('editor.delete')}
      loading={remove.isPending}
      data-testid="template-delete"
      onConfirm={() =>
        remove.mutateAsync().then(() => {
          notifySuccess(t('editor.deleted', { name: template.name }));
          void navigate({ to: '/messages/templates' });
        })
      }
    />
  );
}
