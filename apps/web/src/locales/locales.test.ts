import { describe, expect, it } from 'vitest';
import { resources } from './index';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const english = resources.en as unknown as Record<string, Tree>;

describe.each(['zh-TW', 'zh-CN', 'ja'] as const)('%s translations', (lng) => {
  const translated = resources[lng] as unknown as Record<string, Tree>;

  it.each(Object.keys(english))('namespace %s has exactly the English keys and placeholders', (ns) => {
    const en = leaves(english[ns] ?? {});
    const other = leaves(translated[ns] ?? {});
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) expect(placeholders(other.get(key) ?? ''), `${ns}:${key}`).toEqual(placeholders(text));
  });

  it('is a real translation, not an English copy', () => {
    const en = leaves(english.common ?? {});
    const other = leaves(translated.common ?? {});
    const same = [...en].filter(([key, text]) => other.get(key) === text && /[a-z]{4,}/i.test(text));
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
