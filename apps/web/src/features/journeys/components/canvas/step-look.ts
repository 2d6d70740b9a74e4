import type { JourneyStep } from '@rapport/contracts';
import {
  IconArrowsSplit2,
  IconBolt,
  IconChecklist,
  IconClock,
  IconDoorExit,
  IconGitBranch,
  IconHourglass,
  IconPencil,
  IconSend,
  IconTag,
  IconTagOff,
  IconTicket,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';
import type { ActionKind, PaletteItem } from '../../model/steps';

export interface Look {
  icon: Icon;
  /** A Mantine colour name. */
  color: string;
}

const actionLooks: Record<ActionKind, Look> = {
  send: { icon: IconSend, color: 'blue' },
  add_tag: { icon: IconTag, color: 'grape' },
  remove_tag: { icon: IconTagOff, color: 'grape' },
  update_field: { icon: IconPencil, color: 'grape' },
  create_task: { icon: IconChecklist, color: 'cyan' },
  issue_coupon: { icon: IconTicket, color: 'pink' },
  webhook: { icon: IconWebhook, color: 'indigo' },
};

const stepLooks: Record<Exclude<JourneyStep['type'], 'action'>, Look> = {
  wait: { icon: IconClock, color: 'yellow' },
  wait_for: { icon: IconHourglass, color: 'orange' },
  branch: { icon: IconGitBranch, color: 'violet' },
  split: { icon: IconArrowsSplit2, color: 'teal' },
  exit: { icon: IconDoorExit, color: 'gray' },
};

export const triggerLook: Look = { icon: IconBolt, color: 'green' };

/** Each kind of step has its icon and colour, on the canvas and in the palette alike. */
export function lookOf(step: JourneyStep): Look {
  return step.type === 'action' ? actionLooks[step.action.kind] : stepLooks[step.type];
}

export function lookOfItem(item: PaletteItem): Look {
  return item.startsWith('action:') ? actionLooks[item.slice('action:'.length) as ActionKind] : stepLooks[item as keyof typeof stepLooks];
}
