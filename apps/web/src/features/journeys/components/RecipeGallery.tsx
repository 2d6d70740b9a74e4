import { Button, Card, Group, Modal, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import type { JourneyRecipe } from '@rapport/contracts';
import { IconArrowLeft, IconTicket } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { useCreateFromRecipe } from '../api/create-from-recipe';
import { useJourneyRecipes } from '../api/recipes';
import { CouponPoolInput } from './panel/inputs/CouponPoolInput';

/** The ready-made journeys; one becomes a draft (with the templates it sends), named, and with a coupon pool where it gives coupons. */
export function RecipeGallery({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('journeys');
  const navigate = useNavigate();
  const recipes = useJourneyRecipes(opened);
  const create = useCreateFromRecipe();
  const [chosen, setChosen] = useState<JourneyRecipe | null>(null);
  const [name, setName] = useState('');
  const [pool, setPool] = useState<string | undefined>(undefined);

  const close = () => {
    setChosen(null);
    setPool(undefined);
    onClose();
  };
  const choose = (recipe: JourneyRecipe) => {
    setChosen(recipe);
    setName(recipe.name);
  };
  const make = (recipe: JourneyRecipe) =>
    create.mutate(
      { key: recipe.key, input: { ...(name.trim() ? { name: name.trim() } : {}), ...(pool ? { couponPoolId: pool } : {}) } },
      {
        onSuccess: (journey) => {
          notifySuccess(t('recipes.created', { name: journey.name }));
          close();
          void navigate({ to: '/journeys/$journeyId', params: { journeyId: journey.id } });
        },
      },
    );

  return (
    <Modal opened={opened} onClose={close} title={t('recipes.title')} size="xl">
      {recipes.isError ? <QueryError error={recipes.error} onRetry={() => void recipes.refetch()} /> : null}
      {recipes.isPending ? <Skeleton h={200} /> : null}
      {recipes.data && !recipes.data.length ? <Text c="dimmed">{t('recipes.empty')}</Text> : null}
      {chosen ? (
        <Stack gap="md" data-testid="recipe-form" data-key={chosen.key}>
          <Button variant="subtle" size="compact-sm" w="fit-content" leftSection={<IconArrowLeft size={14} />} onClick={() => setChosen(null)}>
            {t('recipes.back')}
          </Button>
          <Text size="sm" c="dimmed">
            {chosen.description}
          </Text>
          <TextInput label={t('editor.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="recipe-name" />
          {chosen.needsCouponPool ? <CouponPoolInput label={t('action.couponPool')} value={pool} onChange={setPool} /> : null}
          <Group justify="flex-end">
            <Button onClick={() => make(chosen)} loading={create.isPending} disabled={chosen.needsCouponPool && !pool} data-testid="recipe-create">
              {t('recipes.create')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="recipe-gallery">
          {(recipes.data ?? []).map((r) => (
            <Card key={r.key} withBorder radius="md" padding="md" data-testid="recipe-card" data-key={r.key}>
              <Stack gap="xs" h="100%" justify="space-between">
                <Stack gap={4}>
                  <Group gap={6} wrap="nowrap">
                    <Text fw={600}>{r.name}</Text>
                    {r.needsCouponPool ? <IconTicket size={16} color="var(--mantine-color-pink-6)" aria-label={t('recipes.coupon')} /> : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {r.description}
                  </Text>
                </Stack>
                <Button variant="light" size="xs" w="fit-content" onClick={() => choose(r)} data-testid="recipe-use">
                  {t('recipes.use')}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Modal>
  );
}
