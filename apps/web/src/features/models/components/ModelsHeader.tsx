import { Button, Group, Tabs } from '@mantine/core';
import { IconAdjustments, IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { ComputedAt } from './ComputedAt';
import { RecomputeButton } from './RecomputeButton';

const modelPages = [
  { id: 'rfm', path: '/segments/rfm' },
  { id: 'nasld', path: '/segments/nasld' },
] as const;
export type ModelPageId = (typeof modelPages)[number]['id'];

/** Title, last run and recompute, and tabs between the model pages, which live beside segments. */
export function ModelsHeader({ page, title, description, computedAt }: { page: ModelPageId; title: ReactNode; description: ReactNode; computedAt: string | null | undefined }) {
  const { t } = useTranslation('models');
  const navigate = useNavigate();
  return (
    <>
      <Button component={Link} to="/segments" variant="subtle" color="gray" size="compact-sm" leftSection={<IconArrowLeft size={14} />} mb="xs">
        {t('nav.segments')}
      </Button>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Group gap="sm">
            <ComputedAt at={computedAt} />
            <Button component={Link} to="/settings/models" variant="default" leftSection={<IconAdjustments size={16} />}>
              {t('nav.settings')}
            </Button>
            <RecomputeButton />
          </Group>
        }
      />
      <Tabs value={page} onChange={(id) => id && void navigate({ to: modelPages.find((p) => p.id === id)?.path ?? '/segments/rfm' })} mb="lg">
        <Tabs.List>
          {modelPages.map((p) => (
            <Tabs.Tab key={p.id} value={p.id} data-testid={`models-tab-${p.id}`}>
              {t(`nav.${p.id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </>
  );
}
