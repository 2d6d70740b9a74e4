import { ActionIcon, Badge, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import type { MessageChannel } from '@rapport/contracts';
import { IconExternalLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useChannelTemplates } from '../../api/templates';
import { addVariant, maxVariants, removeVariant, setChannel, variantKeys, variantShares } from '../../model/draft';
import { Field, fieldProps, SectionTitle, type SectionProps } from './fields';

const channelList: MessageChannel[] = ['email', 'sms', 'line', 'webhook'];

/** The channel, then one template per variant with its weight; two variants or more can be tested. */
export function VariantsSection({ draft, change, errorAt, readOnly }: SectionProps) {
  const { t } = useTranslation(['campaigns', 'messaging']);
  const templates = useChannelTemplates(draft.channel);
  const shares = variantShares(draft.variants);
  const options = (templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }));
  const known = new Set(options.map((o) => o.value));

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SectionTitle title={t('editor.content')} hint={t('editor.contentHint')} />
        <Field path="channel" label={t('editor.channel')} hint={t('editor.channelHint')} error={undefined}>
          <SegmentedControl
            value={draft.channel}
            onChange={(v) => change((d) => setChannel(d, v as MessageChannel))}
            data={channelList.map((c) => ({ value: c, label: t(`messaging:channels.${c}`) }))}
            disabled={readOnly}
            data-testid="campaign-channel"
          />
        </Field>
        <Field path="variants" error={errorAt('variants')}>
          <Stack gap="xs">
            {draft.variants.map((v, i) => {
              const key = variantKeys[i] ?? '?';
              const missing = v.templateId !== null && templates.isSuccess && !known.has(v.templateId);
              return (
                <Group key={key} align="flex-start" wrap="nowrap" gap="sm" data-testid="variant-row" data-variant={key}>
                  <Badge size="lg" variant="light" radius="sm" mt={26} w={36}>
                    {key}
                  </Badge>
                  <Select
                    label={t('editor.template')}
                    placeholder={templates.isPending ? t('editor.loadingTemplates') : options.length ? t('editor.pickTemplate') : t('editor.noTemplates', { channel: t(`messaging:channels.${draft.channel}`) })}
                    data={missing ? [...options, { value: v.templateId!, label: t('editor.deletedTemplate') }] : options}
                    value={v.templateId}
                    onChange={(templateId) => change((d) => ({ ...d, variants: d.variants.map((x, j) => (j === i ? { ...x, templateId } : x)) }))}
                    searchable
                    nothingFoundMessage={t('editor.noMatch')}
                    readOnly={readOnly}
                    style={{ flex: 1 }}
                    {...fieldProps(errorAt, `variants.${i}.templateId`)}
                    data-testid="variant-template"
                  />
                  <NumberInput
                    label={t('editor.weight')}
                    min={1}
                    max={100}
                    allowDecimal={false}
                    value={v.weight}
                    onChange={(w) => change((d) => ({ ...d, variants: d.variants.map((x, j) => (j === i ? { ...x, weight: typeof w === 'number' ? w : Number.NaN } : x)) }))}
                    readOnly={readOnly}
                    w={96}
                    {...fieldProps(errorAt, `variants.${i}.weight`)}
                    data-testid="variant-weight"
                  />
                  <Text size="sm" c="dimmed" mt={32} w={48} ta="right" ff="monospace" data-testid="variant-share">
                    {Math.round(shares[i] ?? 0)}%
                  </Text>
                  <Group gap={0} mt={28} wrap="nowrap">
                    <Tooltip label={t('editor.openTemplate')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        component="a"
                        href={v.templateId ? `/messages/templates/${encodeURIComponent(v.templateId)}` : undefined}
                        target="_blank"
                        rel="noopener"
                        disabled={!v.templateId || missing}
                        aria-label={t('editor.openTemplate')}
                      >
                        <IconExternalLink size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {!readOnly ? (
                      <Tooltip label={t('editor.removeVariant')}>
                        <ActionIcon variant="subtle" color="red" onClick={() => change((d) => removeVariant(d, i))} disabled={draft.variants.length <= 1} aria-label={t('editor.removeVariant')} data-testid="variant-remove">
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Group>
              );
            })}
          </Stack>
        </Field>
        {!readOnly ? (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {draft.variants.length > 1 ? t('editor.variantsHint') : t('editor.oneVariantHint')}
            </Text>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => change(addVariant)} disabled={draft.variants.length >= maxVariants} data-testid="add-variant">
              {t('editor.addVariant')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
