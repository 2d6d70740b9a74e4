import { CloseButton, Group, Paper, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { maxSegmentDepth, type SegmentGroup, type SegmentNode } from '@rapport/contracts';
import { IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addNode, moveNode, nodeAt, pathKey, removeNode, replaceNode, setCombinator, toggleNegate, type NodePath } from '../../../views';
import { newCondition, type ConditionChoice } from '../../model/definition';
import { AddConditionMenu } from './AddConditionMenu';
import { useBuilder } from './builder-context';
import { ConditionEditor } from './ConditionEditor';

interface Props {
  root: SegmentGroup;
  path: NodePath;
  onChange: (root: SegmentGroup) => void;
}

/** A group of conditions joined by AND or OR, possibly negated, holding conditions and further groups. */
export function GroupEditor({ root, path, onChange }: Props) {
  const { t } = useTranslation('segments');
  const { catalog, errors } = useBuilder();
  const group = nodeAt(root, path);
  if (group?.type !== 'group') return null;
  const depth = path.length + 1;
  const other = group.combinator === 'and' ? 'or' : 'and';
  const joiner = group.combinator === 'and' ? t('builder.andJoin') : t('builder.orJoin');
  const groupError = errors.get(pathKey(path));

  const add = (choice: ConditionChoice) => onChange(addNode(root, path, newCondition(choice, catalog)));
  const addGroup = (choice: ConditionChoice) =>
    onChange(addNode(root, path, { type: 'group', combinator: other, children: [newCondition(choice, catalog)] }));
  const wrap = (childPath: NodePath, child: SegmentNode) => onChange(replaceNode(root, childPath, { type: 'group', combinator: other, children: [child] }));

  return (
    <Stack gap="xs" data-testid="segment-group" data-path={pathKey(path)}>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('builder.combinator')}
            value={group.combinator}
            onChange={(v) => onChange(setCombinator(root, path, v === 'or' ? 'or' : 'and'))}
            data={[
              { value: 'and', label: t('builder.all') },
              { value: 'or', label: t('builder.any') },
            ]}
          />
          <Switch size="xs" label={t('builder.not')} checked={Boolean(group.negate)} onChange={() => onChange(toggleNegate(root, path))} />
        </Group>
        {path.length > 0 ? <CloseButton size="sm" aria-label={t('builder.removeGroup')} onClick={() => onChange(removeNode(root, path))} /> : null}
      </Group>
      {groupError ? (
        <Text size="xs" c="red" data-testid="condition-error">
          {groupError}
        </Text>
      ) : null}
      {group.children.map((child, i) => {
        const childPath = [...path, i];
        const key = pathKey(childPath);
        return (
          <Group key={key} gap="xs" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed" w={48} pt={8} ta="right" style={{ flexShrink: 0 }}>
              {i === 0 ? t('builder.where') : joiner}
            </Text>
            {child.type === 'group' ? (
              <Paper withBorder radius="sm" p="xs" style={{ flex: 1, minWidth: 0 }} bg="var(--mantine-color-default-hover)">
                <GroupEditor root={root} path={childPath} onChange={onChange} />
              </Paper>
            ) : (
              <ConditionEditor
                condition={child}
                path={key}
                onChange={(c) => onChange(replaceNode(root, childPath, c))}
                onRemove={() => onChange(removeNode(root, childPath))}
                onMoveUp={i > 0 ? () => onChange(moveNode(root, childPath, [...path, i - 1])) : undefined}
                onMoveDown={i < group.children.length - 1 ? () => onChange(moveNode(root, childPath, [...path, i + 2])) : undefined}
                onWrap={depth < maxSegmentDepth ? () => wrap(childPath, child) : undefined}
              />
            )}
          </Group>
        );
      })}
      <Group gap="xs" pl={56}>
        <AddConditionMenu onPick={add} />
        {depth < maxSegmentDepth ? (
          <AddConditionMenu onPick={addGroup} label={t('builder.addGroup')} icon={<IconSitemap size={14} />} color="gray" />
        ) : null}
      </Group>
    </Stack>
  );
}
