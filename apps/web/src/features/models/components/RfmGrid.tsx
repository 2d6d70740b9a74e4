import { Box, Loader, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatCount } from '../model/format';
import { heatShade, scores, type GridCell } from '../model/rfm-grid';
import { useModelLabels } from './use-labels';

interface Props {
  grid: GridCell[][];
  /** Null when the reader may not create segments. */
  onOpen: ((cell: GridCell) => void) | null;
  /** The cell being opened, as "r:f". */
  opening: string | null;
}

/** Blue at a strength that follows the count, so it reads the same in light and dark themes. */
const cellStyle = (shade: number) => ({
  background: `color-mix(in srgb, var(--mantine-color-blue-6) ${shade === 0 ? 4 : 10 + shade * 10}%, transparent)`,
  color: shade >= 5 ? 'var(--mantine-color-white)' : 'var(--mantine-color-text)',
});

function Cell({ cell, max, onOpen, opening }: { cell: GridCell; max: number; onOpen: Props['onOpen']; opening: boolean }) {
  const { t, i18n } = useTranslation('models');
  const labels = useModelLabels();
  const lng = i18n.language;
  const shade = heatShade(cell.contacts, max);
  const group = labels.group(cell.group);
  const tooltip = t('rfm.grid.tooltip', { r: cell.r, f: cell.f, group, contacts: formatCount(cell.contacts, lng), revenue: formatCount(cell.revenue, lng) });
  return (
    <Tooltip label={onOpen ? `${tooltip} ${t('rfm.grid.clickToOpen')}` : tooltip} multiline maw={260} openDelay={300}>
      {/* A div for readers who may not create segments: a disabled button would swallow the tooltip. */}
      <UnstyledButton
        component={onOpen ? 'button' : 'div'}
        onClick={onOpen ? () => onOpen(cell) : undefined}
        aria-label={tooltip}
        data-testid={`rfm-cell-${cell.r}-${cell.f}`}
        data-contacts={cell.contacts}
        p={8}
        mih={84}
        style={{ ...cellStyle(shade), borderRadius: 'var(--mantine-radius-sm)', cursor: onOpen ? 'pointer' : 'default', minWidth: 0 }}
      >
        <Stack gap={0} align="flex-start">
          <Text size="xs" fw={500} truncate="end" maw="100%" opacity={0.85}>
            {group}
          </Text>
          <Text fz="lg" fw={700} lh={1.3}>
            {opening ? <Loader size="xs" color="currentColor" /> : formatCount(cell.contacts, lng)}
          </Text>
          <Text size="xs" opacity={0.8}>
            {formatCompact(cell.revenue, lng)}
          </Text>
        </Stack>
      </UnstyledButton>
    </Tooltip>
  );
}

/** The 5 × 5 grid of recency and frequency scores, shaded by how many buyers each cell holds. */
export function RfmGrid({ grid, onOpen, opening }: Props) {
  const { t } = useTranslation('models');
  const max = Math.max(0, ...grid.flat().map((c) => c.contacts));
  const axis = { size: 'xs', c: 'dimmed', fw: 600 } as const;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('rfm.grid.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('rfm.grid.hint')}
          </Text>
        </div>
        <Text {...axis}>{t('rfm.grid.frequency')}</Text>
        <Box data-testid="rfm-grid" style={{ display: 'grid', gridTemplateColumns: 'auto repeat(5, minmax(72px, 1fr))', gap: 4, overflowX: 'auto' }}>
          {grid.map((row) => [
            <Text key={`f${row[0]!.f}`} {...axis} style={{ alignSelf: 'center' }} pr={4}>
              F{row[0]!.f}
            </Text>,
            ...row.map((cell) => <Cell key={`${cell.r}:${cell.f}`} cell={cell} max={max} onOpen={onOpen} opening={opening === `${cell.r}:${cell.f}`} />),
          ])}
          <span />
          {scores.map((r) => (
            <Text key={`r${r}`} {...axis} ta="center">
              R{r}
            </Text>
          ))}
        </Box>
        <Text {...axis} ta="right">
          {t('rfm.grid.recency')}
        </Text>
      </Stack>
    </Paper>
  );
}
