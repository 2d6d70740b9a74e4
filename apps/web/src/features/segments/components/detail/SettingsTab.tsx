import { Alert, Button, Divider, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Segment } from '@rapport/contracts';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useDeleteSegment } from '../../api/delete-segment';
import { useUpdateSegment } from '../../api/update-segment';

const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** Rename, describe, set the auto tag (segments only), and delete. */
export function SettingsTab({ segment }: { segment: Segment }) {
  const { t } = useTranslation('segments');
  const navigate = useNavigate();
  const update = useUpdateSegment(segment.id, { showErrorsInline: true });
  const remove = useDeleteSegment(segment.id);
  const isList = segment.kind === 'static';
  const form = useForm({
    initialValues: { name: segment.name, description: segment.description ?? '', autoTag: segment.autoTag ?? '' },
    validate: { name: (v) => (v.trim() ? null : t('form.nameRequired')) },
  });
  const submit = form.onSubmit((v) =>
    update.mutate(
      { name: v.name.trim(), description: v.description.trim(), ...(isList ? {} : { autoTag: v.autoTag.trim() || null }) },
      {
        onSuccess: (s) => {
          form.resetDirty();
          notifySuccess(t('form.saved', { name: s.name }));
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors);
        },
      },
    ),
  );
  // Other segments' definitions may name this one; the server then refuses with their names.
  const blocked = isConflict(remove.error) ? errorMessage(remove.error) : null;
  const updateProblem = update.isError && !(isApiError(update.error) && Object.keys(update.error.fieldErrors).length) ? errorMessage(update.error) : null;

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit}>
        <Stack maw={560}>
          <TextInput label={t('form.name')} required {...form.getInputProps('name')} />
          <Textarea label={t('form.description')} autosize minRows={2} {...form.getInputProps('description')} />
          {isList ? null : (
            <TextInput
              label={t('form.autoTag')}
              description={t('form.autoTagHint')}
              placeholder={t('form.autoTagPlaceholder')}
              {...form.getInputProps('autoTag')}
              data-testid="segment-auto-tag"
            />
          )}
          {updateProblem ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />}>
              {updateProblem}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="lg" />
      <Stack gap="xs" maw={560}>
        <Title order={5}>{t('settings.delete')}</Title>
        <Text size="sm" c="dimmed">
          {isList ? t('settings.deleteListHint') : t('settings.deleteHint')}
        </Text>
        {blocked ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} title={t('settings.inUse')} data-testid="delete-blocked">
            {blocked}
          </Alert>
        ) : null}
        <Group>
          <ConfirmButton
            leftSection={<IconTrash size={16} />}
            label={t('settings.delete')}
            title={t('settings.deleteTitle', { name: segment.name })}
            message={t('settings.deleteMessage', { name: segment.name })}
            confirmLabel={t('settings.delete')}
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutateAsync().then(
                () => {
                  notifySuccess(t('settings.deleted', { name: segment.name }));
                  void navigate({ to: '/segments' });
                },
                (error: unknown) => {
                  // A refusal closes the dialog so its reason shows above; other failures keep it open to retry.
                  if (isConflict(error)) return;
                  notifyError(error);
                  throw error;
                },
              )
            }
          />
        </Group>
      </Stack>
    </Paper>
  );
}
