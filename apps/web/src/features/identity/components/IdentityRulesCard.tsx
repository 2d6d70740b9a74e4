import { Button, Group, Paper, Skeleton, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { IdentityRules } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../lib/form-validation';
import { notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { useIdentityRules } from '../api/identity-rules';
import { useUpdateIdentityRules } from '../api/update-identity-rules';
import { limitErrors, toForm, toRules, type IdentityRulesForm } from '../identity-limits';
import { IdentityLimitsTable } from './IdentityLimitsTable';

/** Blocked values and limits per kind. The form mounts once the rules are loaded, so it starts from them. */
export function IdentityRulesCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation('events');
  const rules = useIdentityRules();
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4}>{t('identity.rulesTitle')}</Title>
      <Text size="sm" c="dimmed" mt={4} mb="md" maw={720}>
        {t('identity.rulesDescription')}
      </Text>
      {rules.isPending ? <Skeleton h={220} radius="md" /> : null}
      {rules.isError ? <QueryError error={rules.error} onRetry={() => void rules.refetch()} /> : null}
      {rules.isSuccess ? <RulesForm rules={rules.data} editable={editable} /> : null}
    </Paper>
  );
}

function RulesForm({ rules, editable }: { rules: IdentityRules; editable: boolean }) {
  const { t } = useTranslation(['events', 'common']);
  const save = useUpdateIdentityRules();
  const form = useForm<IdentityRulesForm>({
    initialValues: toForm(rules),
    validate: (values) => limitErrors(values.limits, { format: t('identity.kindFormat'), duplicate: t('identity.kindDuplicate') }),
  });

  const submit = form.onSubmit((values) =>
    save.mutate(toRules(values), {
      onSuccess: (saved) => {
        form.setInitialValues(toForm(saved));
        form.setValues(toForm(saved));
        notifySuccess(t('identity.saved'));
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <TagsInput
          label={t('identity.blockedValues')}
          description={t('identity.blockedValuesHint')}
          placeholder={editable ? t('identity.blockedValuesPlaceholder') : undefined}
          readOnly={!editable}
          clearable={editable}
          maxTags={200}
          splitChars={[',', '\n']}
          {...form.getInputProps('blockedValues')}
        />
        <IdentityLimitsTable form={form} editable={editable} />
        {editable ? (
          <Group justify="flex-end">
            <Button variant="default" disabled={!form.isDirty()} onClick={form.reset}>
              {t('identity.discard')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('identity.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
