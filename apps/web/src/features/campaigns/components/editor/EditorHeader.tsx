import { Badge, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import type { Campaign } from '@rapport/contracts';
import { IconDeviceFloppy, IconSend, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useDeleteCampaign } from '../../api/delete-campaign';
import { fieldProps, type ErrorAt } from './fields';

interface Props {
  campaign: Campaign | undefined;
  name: string;
  onName: (name: string) => void;
  errorAt: ErrorAt;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onSchedule: () => void;
  writable: boolean;
}

/** The draft's name with save, schedule and delete. */
export function EditorHeader({ campaign, name, onName, errorAt, dirty, saving, onSave, onSchedule, writable }: Props) {
  const { t } = useTranslation('campaigns');
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" style={{ flex: 1, minWidth: 280 }}>
          <TextInput
            label={t('editor.name')}
            required
            value={name}
            onChange={(e) => onName(e.currentTarget.value)}
            readOnly={!writable}
            style={{ flex: 1, maxWidth: 420 }}
            {...fieldProps(errorAt, 'name')}
            data-testid="campaign-name"
          />
          <Group gap="xs" pb={6}>
            <Badge variant="light" color="gray" data-testid="campaign-status" data-status="draft">
              {t('statuses.draft')}
            </Badge>
            {campaign && dirty ? (
              <Text size="xs" c="dimmed" data-testid="unsaved">
                {t('editor.unsaved')}
              </Text>
            ) : null}
          </Group>
        </Group>
        {writable ? (
          <Group gap="sm">
            {campaign ? <DeleteButton campaign={campaign} /> : null}
            <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty} data-testid="campaign-save">
              {t('editor.save')}
            </Button>
            <Button leftSection={<IconSend size={16} />} onClick={onSchedule} data-testid="campaign-schedule">
              {t('editor.scheduleAction')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

function DeleteButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaigns');
  const navigate = useNavigate();
  const remove = useDeleteCampaign(campaign.id);
  return (
    <ConfirmButton
      variant="subtle"
      leftSection={<IconTrash size={16} />}
      label={t('editor.delete')}
      title={t('editor.deleteTitle', { name: campaign.name })}
      message={t('editor.deleteMessage', { name: campaign.name })}
      confirmLabel={t('editor.delete')}
      loading={remove.isPending}
      data-testid="campaign-delete"
      onConfirm={() =>
        remove.mutateAsync().then(() => {
          notifySuccess(t('editor.deleted', { name: campaign.name }));
          void navigate({ to: '/campaigns' });
        })
      }
    />
  );
}
