import { ActionIcon, Button, Code, Group, NumberInput, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { defaultLimitOf, type IdentityRulesForm } from '../identity-limits';

interface Props {
  form: UseFormReturnType<IdentityRulesForm>;
  editable: boolean;
}

/** How many identities of each kind one contact may hold; an empty limit means the default (the placeholder). */
export function IdentityLimitsTable({ form, editable }: Props) {
  const { t } = useTranslation('events');
  const rows = form.values.limits;
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('identity.limits')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('identity.limitsHint', { limit: defaultLimitOf('') })}
        </Text>
      </div>
      <Table verticalSpacing={6} maw={640} data-testid="identity-limits">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('identity.kind')}</Table.Th>
            <Table.Th w={180}>{t('identity.limit')}</Table.Th>
            {editable ? <Table.Th w={48} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={form.key(`limits.${i}`)}>
              <Table.Td>
                {row.builtIn ? (
                  <Group gap="xs">
                    <Text size="sm">{t(`identity.kinds.${row.kind as 'anonymous_id' | 'line'}`)}</Text>
                    <Code>{row.kind}</Code>
                  </Group>
                ) : (
                  <TextInput
                    size="xs"
                    aria-label={t('identity.kind')}
                    placeholder={t('identity.kindPlaceholder')}
                    readOnly={!editable}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    {...form.getInputProps(`limits.${i}.kind`)}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('identity.limitOf', { kind: row.kind || '…' })}
                  placeholder={String(defaultLimitOf(row.kind.trim()))}
                  min={1}
                  max={10000}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  readOnly={!editable}
                  {...form.getInputProps(`limits.${i}.limit`)}
                />
              </Table.Td>
              {editable ? (
                <Table.Td>
                  {row.builtIn ? null : (
                    <Tooltip label={t('identity.removeKind')}>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('identity.removeKind')} onClick={() => form.removeListItem('limits', i)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable ? (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('limits', { kind: '', limit: '', builtIn: false })}
        >
          {t('identity.addKind')}
        </Button>
      ) : null}
    </Stack>
  );
}
