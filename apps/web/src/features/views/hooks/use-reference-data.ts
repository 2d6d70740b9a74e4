import type { Member } from '@rapport/contracts';
import { useMemo } from 'react';
import { flattenPages } from '../../../lib/pagination';
// The members feature does not export its list hook from its index yet.
import { useMembers } from '../../members';
import { useLifecycleStages } from '../../settings';

export interface Option {
  value: string;
  label: string;
}

export interface MemberDirectory {
  byUserId: Map<string, Member>;
  options: Option[];
}

/** Workspace members by user id (what `ownerId` holds), and as select options. */
export function useMemberDirectory(): MemberDirectory {
  const query = useMembers();
  return useMemo(() => {
    const members = flattenPages(query.data);
    const byUserId = new Map<string, Member>(members.map((m) => [m.userId, m]));
    const options: Option[] = members.map((m) => ({ value: m.userId, label: m.name || m.email }));
    return { byUserId, options };
  }, [query.data]);
}

/** The workspace's lifecycle stages in order, with labels in the interface language. */
export function useStageOptions(): Option[] {
  const { stages } = useLifecycleStages();
  const key = JSON.stringify(stages);
  // The same array while the stages and their labels stay the same, so lists can memoise on it.
  return useMemo(() => stages.map((s) => ({ value: s.key, label: s.label })), [key]);
}
