import { Button, Menu, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook, IconChevronDown, IconPlus, IconRoute } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RecipeGallery } from './RecipeGallery';

/** "New journey": a blank canvas, or a draft made from a recipe. */
export function NewJourneyMenu() {
  const { t } = useTranslation('journeys');
  const navigate = useNavigate();
  const [galleryOpen, gallery] = useDisclosure(false);
  const item = (title: string, hint: string) => (
    <Stack gap={0}>
      <Text size="sm">{title}</Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
  return (
    <>
      <Menu position="bottom-end" width={280}>
        <Menu.Target>
          <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="new-journey">
            {t('new.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconRoute size={16} />} onClick={() => void navigate({ to: '/journeys/new' })} data-testid="new-journey-blank">
            {item(t('new.blank'), t('new.blankHint'))}
          </Menu.Item>
          <Menu.Item leftSection={<IconBook size={16} />} onClick={gallery.open} data-testid="new-journey-recipe">
            {item(t('new.fromRecipe'), t('new.fromRecipeHint'))}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <RecipeGallery opened={galleryOpen} onClose={gallery.close} />
    </>
  );
}
