import { Select } from '@mantine/core';
import type { MessageChannel } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { useMessageTemplates } from '../../../api/templates';

interface Props {
  channels: MessageChannel[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A message template of one of the channels, with its channel beside its name. */
export function TemplateSelect({ channels, value, onChange, error, disabled }: Props) {
  const { t } = useTranslation(['journeys', 'messaging']);
  const templates = useMessageTemplates();
  const data = (templates.data ?? []).filter((tpl) => channels.includes(tpl.channel)).map((tpl) => ({ value: tpl.id, label: `${tpl.name} · ${t(`messaging:channels.${tpl.channel}`)}` }));
  if (value && templates.data && !data.some((d) => d.value === value)) data.unshift({ value, label: value });
  return (
    <Select
      label={t('journeys:action.template')}
      placeholder={t('journeys:action.templatePlaceholder')}
      nothingFoundMessage={t('journeys:action.noTemplates')}
      data={data}
      value={value || null}
      onChange={(id) => id && onChange(id)}
      searchable
      allowDeselect={false}
      error={error}
      disabled={disabled || templates.isPending}
      data-testid="action-template"
    />
  );
}
