import { Button, Checkbox, CloseButton, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { maxFilterDepth, type FieldDescriptor, type FilterGroup, type FilterNode } from '@rapport/contracts';
import { IconPlus, IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addNode, moveNode, nodeAt, pathKey, removeNode, replaceNode, setCombinator, toggleNegate, type NodePath } from '../../model/filter-tree';
import { newCondition } from '../../model/filter-values';
import { FilterConditionRow } from './FilterConditionRow';

interface Props {
  root: FilterGroup;
  path: NodePath;
  fields: FieldDescriptor[];
  /** Server errors by builder path. */
  errors: Map<string, string>;
  onChange: (root: FilterGroup) => void;
}

/** A group of conditions joined by AND or OR, possibly negated, holding conditions and further groups. */
export function FilterGroupEditor({ root, path, fields, errors, onChange }: Props) {
  const { t } = useTranslation('views');
  const group = nodeAt(root, path);
  if (group?.type !== 'group') return null;
  const depth = path.length + 1;
  const firstField = fields.find((f) => f.operators.length > 0);
  const joiner = group.combinator === 'and' ? t('filter.andJoin') : t('filter.orJoin');
  const groupError = errors.get(pathKey(path));

  const addCondition = () => firstField && onChange(addNode(root, path, newCondition(firstField)));
  const addGroup = () =>
    firstField && onChange(addNode(root, path, { type: 'group', combinator: group.combinator === 'and' ? 'or' : 'and', children: [newCondition(firstField)] }));
  const wrap = (childPath: NodePath, child: FilterNode) =>
    onChange(replaceNode(root, childPath, { type: 'group', combinator: group.combinator === 'and' ? 'or' : 'and', children: [child] }));

  return (
    <Stack gap="xs">
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('filter.combinator')}
            value={group.combinator}
            onChange={(v) => onChange(setCombinator(root, path, v === 'or' ? 'or' : 'and'))}
            data={[
              { value: 'and', label: t('filter.all') },
              { value: 'or', label: t('filter.any') },
            ]}
          />
          <Checkbox size="xs" label={t('filter.not')} checked={Boolean(group.negate)} onChange={() => onChange(toggleNegate(root, path))} />
        </Group>
        {path.length > 0 ? <CloseButton size="sm" aria-label={t('filter.removeGroup')} onClick={() => onChange(removeNode(root, path))} /> : null}
      </Group>
      {groupError ? <Text size="xs" c="red">{groupError}</Text> : null}
      {group.children.map((child, i) => {
        const childPath = [...path, i];
        const key = pathKey(childPath);
        return (
          <Group key={key} gap="xs" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed" w={56} pt={6} ta="right" style={{ flexShrink: 0 }}>
              {i === 0 ? t('filter.where') : joiner}
            </Text>
            {child.type === 'condition' ? (
              <FilterConditionRow
                condition={child}
                fields={fields}
                error={errors.get(key)}
                onChange={(c) => onChange(replaceNode(root, childPath, c))}
                onRemove={() => onChange(removeNode(root, childPath))}
                onMoveUp={i > 0 ? () => onChange(moveNode(root, childPath, [...path, i - 1])) : undefined}
                onMoveDown={i < group.children.length - 1 ? () => onChange(moveNode(root, childPath, [...path, i + 2])) : undefined}
                onWrap={depth < maxFilterDepth ? () => wrap(childPath, child) : undefined}
              />
            ) : (
              <Paper withBorder radius="sm" p="xs" style={{ flex: 1 }} bg="var(--mantine-color-default-hover)">
                <FilterGroupEditor root={root} path={childPath} fields={fields} errors={errors} onChange={onChange} />
              </Paper>
            )}
          </Group>
        );
      })}
      <Group gap="xs" pl={64}>
        <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={addCondition} disabled={!firstField}>
          {t('filter.addCondition')}
        </Button>
        {depth < maxFilterDepth ? (
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconSitemap size={14} />} onClick={addGroup} disabled={!firstField}>
            {t('filter.addGroup')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
