import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { parseEdgeId, type LinkEdge } from '../../model/graph';
import { useCanvas } from './canvas-context';
import { StepMenu } from './StepMenu';

/** A link between steps, with a "+" in its middle that puts a new step on it. */
export function LinkEdgeView({ id, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected }: EdgeProps<LinkEdge>) {
  const { t } = useTranslation('journeys');
  const canvas = useCanvas();
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10 });
  const link = { ...parseEdgeId(id), target };
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: selected ? 'var(--mantine-color-blue-6)' : undefined, strokeWidth: selected ? 2.5 : 1.5 }} />
      {canvas.readOnly ? null : (
        <EdgeLabelRenderer>
          <div className="nodrag nopan" style={{ position: 'absolute', transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, pointerEvents: 'all' }}>
            <StepMenu label={t('canvas.insert')} onPick={(item) => canvas.onInsert(link, item)} testId="edge-insert" data={{ 'data-edge-id': id }} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
