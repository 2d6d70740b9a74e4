import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyDefinition } from '../../../../segments';
import { builderErrors, fieldError } from '../../../model/errors';
import { ConditionInput } from '../inputs/ConditionInput';
import { SegmentSelect } from '../inputs/SegmentSelect';
import type { FieldsProps } from './types';

/** If/else on a segment's membership or a condition, checked when the contact arrives. */
export function BranchFields({ step, onChange, problems, readOnly }: FieldsProps<'branch'>) {
  const { t } = useTranslation('journeys');
  const c = step.condition;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('branch.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          size="xs"
          value={c.kind}
          onChange={(kind) => {
            if (kind === c.kind) return;
            onChange({ ...step, condition: kind === 'segment' ? { kind: 'segment', segmentId: '' } : { kind: 'condition', definition: emptyDefinition() } });
          }}
          data={(['segment', 'condition'] as const).map((k) => ({ value: k, label: t(`branch.kinds.${k}`) }))}
          disabled={readOnly}
          data-testid="branch-kind"
        />
      </div>
      {c.kind === 'segment' ? (
        <SegmentSelect label={t('branch.segment')} value={c.segmentId} onChange={(segmentId) => onChange({ ...step, condition: { ...c, segmentId } })} error={fieldError(problems, 'condition.segmentId')} testId="branch-segment" disabled={readOnly} />
      ) : (
        <ConditionInput value={c.definition} onChange={(definition) => onChange({ ...step, condition: { ...c, definition } })} errors={builderErrors(problems, 'condition.definition')} disabled={readOnly} />
      )}
    </Stack>
  );
}
