import { describe, expect, it } from 'vitest';
import { resources } from '../../../locales';
import { standardTargets } from './target-label';

/** Reads a dotted key the way i18next does: "line.sku" is targets → line → sku. */
const lookup = (tree: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe('target labels', () => {
  it.each(Object.keys(resources))('%s translates every standard target, dotted ones included', (lng) => {
    const targets = resources[lng as keyof typeof resources].imports.targets;
    const missing = standardTargets.filter((key) => typeof lookup(targets, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
