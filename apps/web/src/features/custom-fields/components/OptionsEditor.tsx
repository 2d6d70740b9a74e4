import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newOption, optionValueFor, type FieldFormValues } from '../field-form';

/** The choices of a select field: label and stored value per row; saved values cannot change. */
export function OptionsEditor({ form }: { form: UseFormReturnType<FieldFormValues> }) {
  const { t } = useTranslation('fields');
  const rows = form.getValues().options;
  const setLabel = (i: number, label: string) => {
    form.setFieldValue(`options.${i}.label`, label);
    if (rows[i]?.auto) form.setFieldValue(`options.${i}.value`, optionValueFor(label));
  };
  const move = (from: number, to: number) => form.reorderListItem('options', { from, to });

  return (
    <Input.Wrapper label={t('editor.options')} description={t('editor.optionsHint')} withAsterisk error={form.errors.options}>
      <Stack gap="xs" mt={6}>
        {rows.map((row, i) => (
          <Group key={form.key(`options.${i}`)} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('editor.optionLabel', { n: i + 1 })}
              placeholder={t('editor.optionLabelPlaceholder')}
              style={{ flex: 2 }}
              value={row.label}
              error={form.errors[`options.${i}.label`]}
              onChange={(e) => setLabel(i, e.currentTarget.value)}
            />
            <TextInput
              aria-label={t('editor.optionValue', { n: i + 1 })}
              placeholder={t('editor.optionValuePlaceholder')}
              style={{ flex: 1 }}
              value={row.value}
              disabled={row.saved}
              error={form.errors[`options.${i}.value`]}
              onChange={(e) => {
                form.setFieldValue(`options.${i}.value`, e.currentTarget.value);
                form.setFieldValue(`options.${i}.auto`, false);
              }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('editor.moveUp')}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              disabled={i === rows.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={t('editor.moveDown')}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('options', i)} aria-label={t('editor.removeOption')}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('options', newOption())}>
          {t('editor.addOption')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
