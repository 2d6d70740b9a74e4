import type { JourneyDefinition } from '@rapport/contracts';
import { useMemo } from 'react';
import { addStep, insertStep, moveStep, removeStep, setLink, type Position } from '../../model/edit';
import { parseEdgeId } from '../../model/graph';
import { autoLayout, rowHeight, shiftDown } from '../../model/layout';
import { placeNew, underOutput } from '../../model/place';
import { newStep, newStepId, TRIGGER, type PaletteItem, type StepType } from '../../model/steps';

type SetDefinition = (update: (d: JourneyDefinition) => JourneyDefinition) => void;

const typeOf = (item: PaletteItem): StepType => (item.startsWith('action:') ? 'action' : (item as StepType));

/** The canvas's edits of the definition: connect, disconnect, add, insert, move, delete, tidy. */
export function useGraphActions(definition: JourneyDefinition, setDefinition: SetDefinition, selected: string | null, select: (id: string | null) => void) {
  return useMemo(
    () => ({
      connect: (source: string, field: string, target: string | null) => setDefinition((d) => setLink(d, source, field, target)),
      disconnect: (edgeId: string) => {
        const { source, field } = parseEdgeId(edgeId);
        setDefinition((d) => setLink(d, source, field, null));
      },
      remove: (ids: string[]) => {
        const steps = ids.filter((id) => id !== TRIGGER);
        if (!steps.length) return;
        setDefinition((d) => steps.reduce(removeStep, d));
        if (selected && steps.includes(selected)) select(null);
      },
      move: (id: string, at: Position) => {
        if (id !== TRIGGER) setDefinition((d) => moveStep(d, id, at));
      },
      /** From the palette: at a place (dropped), or under the selected step, linked from its first free output. */
      add: (item: PaletteItem, at?: Position) => {
        const id = newStepId(definition, typeOf(item));
        const place = at ? { at } : placeNew(definition, selected);
        setDefinition(() => addStep(definition, newStep(item, id), place.at, place.from));
        select(id);
      },
      /** From the "+" under a free output: a step below it, linked from it. */
      append: (from: { source: string; field: string }, item: PaletteItem) => {
        const id = newStepId(definition, typeOf(item));
        setDefinition(() => addStep(definition, newStep(item, id), underOutput(definition, from.source, from.field), from));
        select(id);
      },
      /** On a link: the new step takes the target's place, and what was there moves down. */
      insert: (link: { source: string; field: string; target: string }, item: PaletteItem) => {
        const id = newStepId(definition, typeOf(item));
        const at = definition.layout[link.target] ?? { x: 0, y: 0 };
        const room = { ...definition, layout: shiftDown(definition.layout, at.y, rowHeight) };
        setDefinition(() => insertStep(room, newStep(item, id), link, at));
        select(id);
      },
      tidy: () => setDefinition((d) => ({ ...d, layout: autoLayout(d) })),
    }),
    [definition, setDefinition, selected, select],
  );
}

export type GraphActions = ReturnType<typeof useGraphActions>;
