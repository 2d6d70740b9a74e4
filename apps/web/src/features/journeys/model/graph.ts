import type { JourneyDefinition, JourneyStep, JourneyTrigger } from '@rapport/contracts';
import type { Edge, Node } from '@xyflow/react';
import type { Position } from './edit';
import { triggerPosition } from './layout';
import { outputsOf, TRIGGER, type Output } from './steps';

export type StepNodeData = { step: JourneyStep; outputs: Output[]; isStart: boolean };
export type TriggerNodeData = { trigger: JourneyTrigger; hasStart: boolean };
export type StepNode = Node<StepNodeData, 'step'>;
export type TriggerNode = Node<TriggerNodeData, 'trigger'>;
export type JourneyNode = StepNode | TriggerNode;

export type LinkEdgeData = { output: Output | null };
export type LinkEdge = Edge<LinkEdgeData, 'link'>;

/** Measured sizes, kept apart from the definition: the canvas needs them back on every node it is given. */
export type Sizes = Record<string, { width: number; height: number }>;

/** The trigger node, then a node per step at its place. */
export function toNodes(def: JourneyDefinition, layout: Record<string, Position>, selected: string | null, sizes: Sizes = {}): JourneyNode[] {
  const measured = (id: string) => (sizes[id] ? { measured: sizes[id] } : {});
  const trigger: TriggerNode = {
    id: TRIGGER,
    type: 'trigger',
    position: triggerPosition(def, layout),
    data: { trigger: def.trigger, hasStart: Boolean(def.start) },
    draggable: false,
    deletable: false,
    selected: selected === TRIGGER,
    ...measured(TRIGGER),
  };
  const steps: StepNode[] = def.steps.map((step) => ({
    id: step.id,
    type: 'step',
    position: layout[step.id] ?? { x: 0, y: 0 },
    data: { step, outputs: outputsOf(step), isStart: def.start === step.id },
    selected: selected === step.id,
    ...measured(step.id),
  }));
  return [trigger, ...steps];
}

/** An edge per link whose target exists; a link to a missing step is a check, not an edge. */
export function toEdges(def: JourneyDefinition): LinkEdge[] {
  const ids = new Set(def.steps.map((s) => s.id));
  const edges: LinkEdge[] = [];
  if (def.start && ids.has(def.start)) edges.push({ id: `${TRIGGER}>start`, type: 'link', source: TRIGGER, sourceHandle: 'start', target: def.start, data: { output: null } });
  for (const step of def.steps) {
    for (const o of outputsOf(step)) {
      if (o.target && ids.has(o.target)) edges.push({ id: `${step.id}>${o.field}`, type: 'link', source: step.id, sourceHandle: o.field, target: o.target, data: { output: o } });
    }
  }
  return edges;
}

/** The source and output an edge id names. */
export function parseEdgeId(id: string): { source: string; field: string } {
  const at = id.indexOf('>');
  return { source: id.slice(0, at), field: id.slice(at + 1) };
}
