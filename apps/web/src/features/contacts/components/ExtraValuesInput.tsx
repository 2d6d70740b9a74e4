import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactFormValues } from '../contact-form-values';

interface Props {
  form: UseFormReturnType<ContactFormValues>;
  path: 'emails' | 'phones';
}

/**
 * The further emails or phones of a contact: one row each, and an "Add" button. Rows appear only when
 * added, so the primary field keeps the plain label ("Email") to itself.
 */
export function ExtraValuesInput({ form, path }: Props) {
  const { t } = useTranslation('contacts');
  const rows = form.getValues()[path];
  const itemLabel = (n: number) => t(path === 'emails' ? 'form.otherEmail' : 'form.otherPhone', { n: n + 2 });
  return (
    <Stack gap={6}>
      {rows.map((_, i) => (
        <Group key={form.key(`${path}.${i}`)} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={itemLabel(i)}
            placeholder={itemLabel(i)}
            type={path === 'emails' ? 'email' : 'tel'}
            autoComplete="off"
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.${i}`)}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => form.removeListItem(path, i)} aria-label={t('form.removeValue', { label: itemLabel(i) })}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        disabled={rows.length >= 20}
        onClick={() => form.insertListItem(path, '')}
      >
        {t(path === 'emails' ? 'form.addEmail' : 'form.addPhone')}
      </Button>
    </Stack>
  );
}
