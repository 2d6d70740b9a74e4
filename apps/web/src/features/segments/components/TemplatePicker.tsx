import { Badge, Button, Chip, EmptyState, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { segmentTemplateCategories, segmentTemplates, type SegmentTemplate } from '@rapport/contracts';
import { IconSearch, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

/** Templates whose name, description or category (in the reader's language) contains the search text. */
function matching(q: string, category: string, text: (tpl: SegmentTemplate) => string): SegmentTemplate[] {
  const needle = q.trim().toLowerCase();
  return segmentTemplates.filter((tpl) => (!category || tpl.category === category) && (!needle || text(tpl).toLowerCase().includes(needle)));
}

/** A button that opens the ready-made segments; picking one hands it over in the reader's language. */
export function TemplatePicker({ onPick }: { onPick: (template: SegmentTemplate, text: { name: string; description: string }) => void }) {
  const { t } = useTranslation('segments');
  const [opened, { open, close }] = useDisclosure(false);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const lng = currentLanguage();
  const categoryLabel = (c: string) => t(`templates.categories.${c}` as never);
  const shown = matching(q, category, (tpl) => `${tpl.names[lng]} ${tpl.descriptions[lng]} ${categoryLabel(tpl.category)}`);

  return (
    <>
      <Button variant="light" leftSection={<IconTemplate size={16} />} onClick={open} data-testid="template-picker">
        {t('templates.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('templates.title')} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
        <Stack gap="sm">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('templates.search')}
            aria-label={t('templates.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-autofocus
          />
          <Chip.Group value={category} onChange={(v) => setCategory(typeof v === 'string' ? v : '')}>
            <Group gap={6}>
              <Chip value="" size="xs" variant="light">
                {t('templates.allCategories')}
              </Chip>
              {segmentTemplateCategories.map((c) => (
                <Chip key={c} value={c} size="xs" variant="light">
                  {categoryLabel(c)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {shown.length === 0 ? <EmptyState py={32} variant="light" title={t('templates.noMatch')} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {shown.map((tpl) => (
              <UnstyledButton
                key={tpl.id}
                p="sm"
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
                onClick={() => {
                  onPick(tpl, { name: tpl.names[lng], description: tpl.descriptions[lng] });
                  close();
                }}
                data-testid={`template-${tpl.id}`}
              >
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600}>
                    {tpl.names[lng]}
                  </Text>
                  <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                    {categoryLabel(tpl.category)}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {tpl.descriptions[lng]}
                </Text>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        </Stack>
      </Modal>
    </>
  );
}
