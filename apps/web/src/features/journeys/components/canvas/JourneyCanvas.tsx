import '@xyflow/react/dist/style.css';
import { Box, Button, Center, Text, useComputedColorScheme } from '@mantine/core';
import type { JourneyDefinition } from '@rapport/contracts';
import { IconLayoutDistributeHorizontal } from '@tabler/icons-react';
import { Background, Controls, MarkerType, MiniMap, Panel, ReactFlow, ReactFlowProvider, useReactFlow, type Connection, type Edge, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toEdges, toNodes, type JourneyNode, type Sizes } from '../../model/graph';
import { TRIGGER, type PaletteItem } from '../../model/steps';
import type { GraphActions } from '../editor/use-graph-actions';
import { CanvasContext, type CanvasContextValue } from './canvas-context';
import { LinkEdgeView } from './LinkEdge';
import { paletteMime } from './Palette';
import { StepNodeView } from './StepNode';
import { TriggerNodeView } from './TriggerNode';

// Outside the component: the canvas re-creates every node when these change identity.
const nodeTypes = { step: StepNodeView, trigger: TriggerNodeView };
const edgeTypes = { link: LinkEdgeView };
const marker = { type: MarkerType.ArrowClosed, width: 18, height: 18 };
const fitOptions = { maxZoom: 1, padding: 0.15 };
const minimapFrom = 8;

interface Props {
  definition: JourneyDefinition;
  selected: string | null;
  onSelect: (id: string | null) => void;
  actions: GraphActions;
  context: Omit<CanvasContextValue, 'onInsert' | 'onAppend'>;
  height?: number;
}

/** The journey as a graph: the trigger, a node per step and an edge per link, edited in place. */
export function JourneyCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ definition, selected, onSelect, actions, context, height = 640 }: Props) {
  const { t } = useTranslation('journeys');
  const scheme = useComputedColorScheme('light');
  const flow = useReactFlow();
  // Sizes the canvas measured: given back on every node, or it would hide them to measure again.
  const [sizes, setSizes] = useState<Sizes>({});
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const { readOnly } = context;

  const nodes = useMemo(() => toNodes(definition, definition.layout, selected, sizes), [definition, selected, sizes]);
  const edges = useMemo(() => toEdges(definition).map((e) => ({ ...e, markerEnd: marker, selected: e.id === selectedEdge })), [definition, selectedEdge]);

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      const measured: Sizes = {};
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) measured[c.id] = c.dimensions;
        else if (c.type === 'position' && c.position && !readOnly) actions.move(c.id, c.position);
        // A node picked with the keyboard (Tab, then Enter) opens its panel as a click does.
        else if (c.type === 'select' && c.selected) onSelect(c.id);
      }
      if (Object.keys(measured).length) setSizes((s) => ({ ...s, ...measured }));
    },
    [actions, readOnly, onSelect],
  );
  const onConnect = useCallback((c: Connection) => c.sourceHandle && actions.connect(c.source, c.sourceHandle, c.target), [actions]);
  const isValidConnection = useCallback((c: Connection | Edge) => c.target !== TRIGGER && c.source !== c.target && Boolean(c.sourceHandle), []);

  const onDrop = (e: DragEvent) => {
    const item = e.dataTransfer.getData(paletteMime) as PaletteItem;
    if (!item || readOnly) return;
    e.preventDefault();
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    // Dropped where the pointer is: the middle of the node's top edge.
    actions.add(item, { x: Math.round(at.x - 120), y: Math.round(at.y - 20) });
  };

  // The whole journey in sight once every node is measured, and again when a step comes or goes
  // (a new one may be out of sight).
  const count = definition.steps.length;
  const measured = nodes.every((n) => sizes[n.id]);
  const seen = useRef(-1);
  useEffect(() => {
    if (!measured || seen.current === count) return;
    const first = seen.current < 0;
    seen.current = count;
    const timer = setTimeout(() => void flow.fitView({ ...fitOptions, duration: first ? 0 : 200 }), 30);
    return () => clearTimeout(timer);
  }, [measured, count, flow]);

  const value = useMemo<CanvasContextValue>(() => ({ ...context, onInsert: actions.insert, onAppend: actions.append }), [context, actions]);

  return (
    <CanvasContext.Provider value={value}>
      <Box
        h={height}
        pos="relative"
        style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(paletteMime)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
        }}
        onDrop={onDrop}
        data-testid="journey-canvas"
        aria-label={t('canvas.label')}
      >
        <ReactFlow<JourneyNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onNodeClick={(_e, node) => {
            setSelectedEdge(null);
            onSelect(node.id);
          }}
          onEdgeClick={(_e, edge) => setSelectedEdge(edge.id)}
          onPaneClick={() => {
            setSelectedEdge(null);
            onSelect(null);
          }}
          onNodesDelete={(deleted) => actions.remove(deleted.map((n) => n.id))}
          onEdgesDelete={(deleted) => deleted.forEach((e) => actions.disconnect(e.id))}
          deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          colorMode={scheme}
          fitView
          fitViewOptions={fitOptions}
          minZoom={0.2}
          maxZoom={1.5}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          {/* Worth its corner only where the journey no longer fits at a readable size. */}
          {count > minimapFrom ? <MiniMap pannable zoomable ariaLabel={t('canvas.label')} style={{ width: 150, height: 100 }} /> : null}
          {readOnly ? null : (
            <Panel position="top-right">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconLayoutDistributeHorizontal size={14} />}
                onClick={() => {
                  actions.tidy();
                  // After the new positions render.
                  requestAnimationFrame(() => void flow.fitView({ ...fitOptions, duration: 200 }));
                }}
                data-testid="canvas-tidy"
              >
                {t('canvas.autoLayout')}
              </Button>
            </Panel>
          )}
        </ReactFlow>
        {definition.steps.length === 0 ? (
          <Center pos="absolute" inset={0} style={{ pointerEvents: 'none' }}>
            <Text size="sm" c="dimmed" maw={320} ta="center" mt={160}>
              {t('canvas.empty')}
            </Text>
          </Center>
        ) : null}
      </Box>
    </CanvasContext.Provider>
  );
}
