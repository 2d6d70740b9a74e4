import type { Journey } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { cleanDraft, draftOf, flowChanged, inputOf, patchOf, sameDraft } from './draft';
import { abandoned } from './test-fixtures';

const journey = (over: Partial<Journey> = {}): Journey => ({
  id: 'j1',
  name: 'Cart',
  description: null,
  status: 'draft',
  version: 1,
  definition: { ...abandoned(), goal: null, frequencyCap: null },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('drafts', () => {
  it('places every step of a stored definition and drops its nulls', () => {
    const draft = draftOf(journey());
    expect(draft.description).toBe('');
    expect(draft.definition).not.toHaveProperty('goal');
    expect(Object.keys(draft.definition.layout).sort()).toEqual(['action_2', 'exit_3', 'wait_for_1']);
    // The same stored journey gives the same draft, so nothing looks unsaved.
    expect(sameDraft(draft, draftOf(journey()))).toBe(true);
  });

  it('trims what it sends and forgets blank step names', () => {
    const draft = draftOf(journey());
    const named = { ...draft, name: ' Cart  ', definition: { ...draft.definition, steps: draft.definition.steps.map((s, i) => (i === 0 ? { ...s, name: '  ' } : s)) } };
    expect(cleanDraft(named).name).toBe('Cart');
    expect(cleanDraft(named).definition.steps[0]).not.toHaveProperty('name');
    expect(inputOf(named)).toMatchObject({ name: 'Cart', description: null });
  });

  it('patches only what changed', () => {
    const saved = draftOf(journey());
    expect(patchOf(saved, { ...saved, name: 'Cart 2' })).toEqual({ name: 'Cart 2' });
    const moved = { ...saved, definition: { ...saved.definition, layout: { ...saved.definition.layout, exit_3: { x: 1, y: 2 } } } };
    expect(Object.keys(patchOf(saved, moved))).toEqual(['definition']);
    expect(patchOf(saved, saved)).toEqual({});
    // Moving a node is saved, but into the live version: no "new version" warning for it.
    expect(flowChanged(saved, moved)).toBe(false);
    const rewired = { ...saved, definition: { ...saved.definition, steps: saved.definition.steps.slice(0, -1) } };
    expect(flowChanged(saved, rewired)).toBe(true);
  });
});
