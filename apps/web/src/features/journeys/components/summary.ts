import type { JourneyStep, JourneyTrigger } from '@rapport/contracts';
import type { TFunction } from 'i18next';
import { splitMinutes } from '../model/duration';
import { sharePercent } from '../model/stats';
import type { Output } from '../model/steps';

type T = TFunction<'journeys'>;
type Names = { template: (id: string) => string | undefined; segment: (id: string) => string | undefined };

/** "2 days", "90 minutes". */
export function durationText(t: T, minutes: number): string {
  const { value, unit } = splitMinutes(minutes);
  return t(`units.${unit}`, { count: value });
}

/** One line saying what a step does, for its node. */
export function stepSummary(t: T, step: JourneyStep, names: Names): string {
  switch (step.type) {
    case 'wait': {
      const w = step.wait;
      if (w.kind === 'duration') return t('summary.duration', { duration: durationText(t, w.minutes) });
      if (w.kind === 'time_of_day') return t('summary.timeOfDay', { at: w.at });
      return w.field ? t('summary.dateField', { field: w.field, offset: w.offsetDays, at: w.at }) : t('summary.unset');
    }
    case 'wait_for': {
      const duration = durationText(t, step.timeoutMinutes);
      if (step.until.kind === 'condition') return t('summary.waitForCondition', { duration });
      return step.until.event ? t('summary.waitForEvent', { event: step.until.event, duration }) : t('summary.unset');
    }
    case 'branch':
      if (step.condition.kind === 'condition') return t('summary.condition');
      return step.condition.segmentId ? t('summary.segment', { segment: names.segment(step.condition.segmentId) ?? step.condition.segmentId }) : t('summary.unset');
    case 'split':
      return t('summary.paths', { count: step.paths.length });
    case 'exit':
      return t('summary.exit');
    case 'action': {
      const a = step.action;
      const template = (id: string) => names.template(id) ?? t('summary.unknownTemplate');
      switch (a.kind) {
        case 'send':
          if (!a.templateId) return t('summary.unset');
          return a.couponPoolId ? t('summary.sendWithCoupon', { template: template(a.templateId) }) : t('summary.send', { template: template(a.templateId) });
        case 'webhook':
          return a.templateId ? t('summary.webhook', { template: template(a.templateId) }) : t('summary.unset');
        case 'add_tag':
        case 'remove_tag':
          return a.tag ? t(`summary.${a.kind}`, { tag: a.tag }) : t('summary.unset');
        case 'update_field':
          return a.field ? t('summary.update_field', { field: a.field }) : t('summary.unset');
        case 'create_task':
          return a.title ? t('summary.create_task', { title: a.title }) : t('summary.unset');
        case 'issue_coupon':
          return a.couponPoolId ? t('summary.issue_coupon') : t('summary.unset');
      }
    }
  }
}

/** The title of a step's node: its label, else what kind of step it is. */
export function stepTitle(t: T, step: JourneyStep): string {
  if (step.name?.trim()) return step.name;
  return step.type === 'action' ? t(`action.kinds.${step.action.kind}`) : t(`types.${step.type}`);
}

/** What an output is called: "Yes", "Timed out", "A · 50%". */
export function outputLabel(t: T, output: Output, all: Output[]): string {
  if (output.kind !== 'path') return t(`outputs.${output.kind}`);
  const weights = all.map((o) => o.weight ?? 0);
  return t('outputs.path', { key: output.key ?? '', percent: sharePercent(weights, all.indexOf(output)) });
}

/** One line saying what starts the journey. */
export function triggerSummary(t: T, trigger: JourneyTrigger, names: Names): string {
  switch (trigger.type) {
    case 'event':
      return trigger.event ? t('trigger.summary.event', { event: trigger.event }) : t('trigger.summary.unset');
    case 'segment_entered':
    case 'segment_exited':
      return trigger.segmentId ? t(`trigger.summary.${trigger.type}`, { segment: names.segment(trigger.segmentId) ?? trigger.segmentId }) : t('trigger.summary.unset');
    case 'model_changed':
      return t('trigger.summary.model_changed', { model: t(`trigger.models.${trigger.model}`), to: trigger.to || '…' });
    case 'date':
      return t('trigger.summary.date', { field: trigger.field || '…', offset: trigger.offsetDays, at: trigger.at });
    case 'manual':
      return t('trigger.summary.manual');
  }
}
