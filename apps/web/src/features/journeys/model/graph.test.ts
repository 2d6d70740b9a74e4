import { describe, expect, it } from 'vitest';
import { setLink } from './edit';
import { abandoned } from './test-fixtures';
import { parseEdgeId, toEdges, toNodes } from './graph';
import { autoLayout } from './layout';
import { TRIGGER } from './steps';

describe('definition to canvas', () => {
  it('makes the trigger and a node per step, with sizes kept', () => {
    const def = abandoned();
    const nodes = toNodes(def, autoLayout(def), 'action_2', { exit_3: { width: 240, height: 80 } });
    expect(nodes.map((n) => [n.id, n.type, n.selected])).toEqual([
      [TRIGGER, 'trigger', false],
      ['wait_for_1', 'step', false],
      ['action_2', 'step', true],
      ['exit_3', 'step', false],
    ]);
    expect(nodes[3]!.measured).toEqual({ width: 240, height: 80 });
    expect(nodes[0]!.draggable).toBe(false);
  });

  it('makes an edge per link, by source and output', () => {
    const edges = toEdges(abandoned());
    expect(edges.map((e) => [e.id, e.source, e.sourceHandle, e.target])).toEqual([
      [`${TRIGGER}>start`, TRIGGER, 'start', 'wait_for_1'],
      ['wait_for_1>onEvent', 'wait_for_1', 'onEvent', 'exit_3'],
      ['wait_for_1>onTimeout', 'wait_for_1', 'onTimeout', 'action_2'],
      ['action_2>next', 'action_2', 'next', 'exit_3'],
    ]);
    expect(parseEdgeId('wait_for_1>onTimeout')).toEqual({ source: 'wait_for_1', field: 'onTimeout' });
    // A link to a step that does not exist draws nothing.
    expect(toEdges(setLink(abandoned(), 'action_2', 'next', 'gone')).map((e) => e.id)).not.toContain('action_2>next');
  });
});
