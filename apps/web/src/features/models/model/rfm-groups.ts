import { rfmGroups, type RfmGroup } from '@rapport/contracts';

/** A colour per group, green for the best through red and grey for the ones slipping away. */
export const groupColors: Record<RfmGroup, string> = {
  champions: 'green',
  loyal: 'teal',
  potential_loyalist: 'cyan',
  new: 'blue',
  promising: 'indigo',
  need_attention: 'yellow',
  about_to_sleep: 'orange',
  at_risk: 'red',
  cant_lose: 'pink',
  hibernating: 'grape',
  lost: 'gray',
};

export const isRfmGroup = (g: string | null | undefined): g is RfmGroup => typeof g === 'string' && (rfmGroups as readonly string[]).includes(g);

export const groupColor = (g: string | null | undefined) => (isRfmGroup(g) ? groupColors[g] : 'gray');

/** Best groups first, as `rfmGroups` lists them; what the map leaves unnamed last. */
export const byGroupOrder = <T extends { group: string }>(rows: T[]) => {
  const rank = (g: string) => (isRfmGroup(g) ? rfmGroups.indexOf(g) : rfmGroups.length);
  return [...rows].sort((a, b) => rank(a.group) - rank(b.group));
};
