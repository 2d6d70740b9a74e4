import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { blankDefinition } from './draft';

/** Abandoned checkout: wait for an order for two days, else send, then leave. */
export function abandoned(): JourneyDefinition {
  const steps: JourneyStep[] = [
    { id: 'wait_for_1', type: 'wait_for', until: { kind: 'event', event: 'Order Completed', where: [] }, timeoutMinutes: 2880, onTimeout: 'action_2', onEvent: 'exit_3' },
    { id: 'action_2', type: 'action', action: { kind: 'send', templateId: '0190a0a0-0000-7000-8000-000000000001', purpose: 'marketing' }, next: 'exit_3' },
    { id: 'exit_3', type: 'exit' },
  ];
  return { ...blankDefinition(), trigger: { type: 'event', event: 'Checkout Started', where: [] }, start: 'wait_for_1', steps };
}
