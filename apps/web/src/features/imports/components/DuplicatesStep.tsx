import { Alert, Radio, Stack, TagsInput, Text } from '@mantine/core';
import type { OnDuplicate, UpsertMatch } from '@rapport/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../import-status';

export interface DuplicateRules {
  match: UpsertMatch;
  onDuplicate: OnDuplicate;
  tags: string[];
}

interface DuplicatesStepProps {
  entity: ImportEntity;
  rules: DuplicateRules;
  onChange: (rules: DuplicateRules) => void;
  tagsError: string | null;
}

const matches: UpsertMatch[] = ['email', 'phone', 'externalId'];
const onDuplicates: OnDuplicate[] = ['skip', 'update', 'fill_empty'];

/** Step 4: how a row finds an existing record, what happens then, and tags for every imported record. */
export function DuplicatesStep({ entity, rules, onChange, tagsError }: DuplicatesStepProps) {
  const { t } = useTranslation('imports');
  return (
    <Stack gap="lg">
      {entity === 'contacts' ? (
        <Radio.Group label={t('duplicates.match')} description={t('duplicates.matchHint')} value={rules.match} onChange={(v) => onChange({ ...rules, match: v as UpsertMatch })}>
          <Stack gap="xs" mt="xs">
            {matches.map((m) => (
              <Radio key={m} value={m} label={t(`duplicates.matches.${m}`)} data-testid={`import-match-${m}`} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('duplicates.match')}>
          {t('duplicates.companyMatch')}
        </Alert>
      )}
      <Radio.Group label={t('duplicates.onDuplicate')} value={rules.onDuplicate} onChange={(v) => onChange({ ...rules, onDuplicate: v as OnDuplicate })}>
        <Stack gap="xs" mt="xs">
          {onDuplicates.map((d) => (
            <Radio
              key={d}
              value={d}
              label={t(`duplicates.actions.${d}`)}
              description={t(`duplicates.actionHints.${d}`)}
              data-testid={`import-on-duplicate-${d}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap={4}>
        <TagsInput
          label={t('duplicates.tags')}
          description={t('duplicates.tagsHint')}
          value={rules.tags}
          onChange={(tags) => onChange({ ...rules, tags })}
          maxTags={20}
          clearable
          error={tagsError}
          maw={520}
          data-testid="import-tags"
        />
        <Text size="xs" c="dimmed">
          {t('duplicates.tagsEnter')}
        </Text>
      </Stack>
    </Stack>
  );
}
