import type { Journey } from '@rapport/contracts';
import { IconArchive, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useDeleteJourney } from '../../api/delete-journey';

/** A draft is deleted; a journey that has run is archived, keeping its history, and its contacts leave it. */
export function DeleteJourneyButton({ journey }: { journey: Journey }) {
  const { t } = useTranslation('journeys');
  const navigate = useNavigate();
  const remove = useDeleteJourney(journey.id);
  const draft = journey.status === 'draft';
  if (journey.status === 'archived') return null;
  const name = journey.name;
  return (
    <ConfirmButton
      label={draft ? t('editor.delete') : t('editor.archive')}
      leftSection={draft ? <IconTrash size={16} /> : <IconArchive size={16} />}
      title={draft ? t('editor.deleteTitle', { name }) : t('editor.archiveTitle', { name })}
      message={draft ? t('editor.deleteMessage', { name }) : t('editor.archiveMessage', { name })}
      confirmLabel={draft ? t('editor.delete') : t('editor.archive')}
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutateAsync().then(() => {
          notifySuccess(draft ? t('editor.deleted', { name }) : t('editor.archived', { name }));
          void navigate({ to: '/journeys' });
        })
      }
      data-testid="journey-delete"
    />
  );
}
