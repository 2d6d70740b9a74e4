import { Group, NumberInput, Paper, Progress, SegmentedControl, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { audienceSplit } from '../../model/draft';
import { Field, fieldProps, SectionTitle, type SectionProps } from './fields';

const num = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);

/** The A/B test (a test pool, the metric, how long to wait for a winner) and the holdout, with how they split the audience. */
export function TestSection({ draft, change, errorAt, readOnly }: SectionProps) {
  const { t } = useTranslation('campaigns');
  const canTest = draft.variants.length > 1;
  const testing = draft.abTest && canTest;
  const split = audienceSplit(draft);
  const all: { key: 'holdout' | 'test' | 'everyone' | 'rest'; value: number; color: string }[] = [
    { key: 'holdout', value: split.holdout, color: 'gray' },
    { key: testing ? 'test' : 'everyone', value: split.test, color: 'blue' },
    { key: 'rest', value: split.rest, color: 'teal' },
  ];
  const parts = all.filter((p) => Number.isFinite(p.value) && p.value > 0);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SectionTitle title={t('editor.testing')} hint={t('editor.testingHint')} />
        <Field path="abTest" error={errorAt('abTest')} hint={canTest ? t('editor.abTestHint') : t('editor.abTestNeedsTwo')}>
          <Switch
            label={t('editor.abTest')}
            checked={testing}
            disabled={!canTest || readOnly}
            onChange={(e) => change({ abTest: e.currentTarget.checked })}
            data-testid="ab-test"
          />
        </Field>
        {testing ? (
          <>
            <Group align="flex-start" grow>
              <NumberInput
                label={t('editor.testPercent')}
                description={t('editor.testPercentHint')}
                min={5}
                max={50}
                suffix="%"
                allowDecimal={false}
                value={draft.testPercent}
                onChange={(v) => change({ testPercent: num(v) })}
                readOnly={readOnly}
                {...fieldProps(errorAt, 'abTest.testPercent')}
                data-testid="test-percent"
              />
              <NumberInput
                label={t('editor.waitHours')}
                description={t('editor.waitHoursHint')}
                min={0.25}
                max={168}
                step={0.25}
                decimalScale={2}
                value={draft.waitHours}
                onChange={(v) => change({ waitHours: num(v) })}
                readOnly={readOnly}
                {...fieldProps(errorAt, 'abTest.waitHours')}
                data-testid="wait-hours"
              />
            </Group>
            <Field path="abTest.metric" label={t('editor.metric')} hint={t('editor.metricHint')} error={errorAt('abTest.metric')}>
              <SegmentedControl
                w="fit-content"
                value={draft.metric}
                onChange={(v) => change({ metric: v as 'open' | 'click' })}
                data={[
                  { value: 'open', label: t('editor.metrics.open') },
                  { value: 'click', label: t('editor.metrics.click') },
                ]}
                disabled={readOnly}
                data-testid="test-metric"
              />
            </Field>
          </>
        ) : null}
        <NumberInput
          label={t('editor.holdout')}
          description={t('editor.holdoutHint')}
          min={0}
          max={50}
          suffix="%"
          allowDecimal={false}
          value={draft.holdoutPercent}
          onChange={(v) => change({ holdoutPercent: num(v) })}
          readOnly={readOnly}
          maw={220}
          {...fieldProps(errorAt, 'holdoutPercent')}
          data-testid="holdout-percent"
        />
        <Stack gap={4}>
          <Progress.Root size={18} data-testid="audience-split">
            {parts.map((p) => (
              <Tooltip key={p.key} label={`${t(`editor.split.${p.key}`)} · ${p.value}%`}>
                <Progress.Section value={p.value} color={p.color}>
                  {/* A narrow part has no room for its label; the legend below has it. */}
                  {p.value >= 8 ? <Progress.Label>{p.value}%</Progress.Label> : null}
                </Progress.Section>
              </Tooltip>
            ))}
          </Progress.Root>
          <Group gap="md">
            {parts.map((p) => (
              <Text key={p.key} size="xs" c="dimmed">
                <Text span c={p.color} fw={700}>
                  ■{' '}
                </Text>
                {t(`editor.split.${p.key}`)} {p.value}%
              </Text>
            ))}
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
