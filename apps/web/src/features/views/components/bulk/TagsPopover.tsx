import { Button, Group, Popover, TagsInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  icon: ReactNode;
  onApply: (tags: string[]) => Promise<unknown>;
}

/** A bulk-bar button that asks which tags to add or remove. */
export function TagsPopover({ label, icon, onApply }: Props) {
  const { t } = useTranslation('views');
  const [opened, { close, toggle }] = useDisclosure(false);
  const [tags, setTags] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const apply = async () => {
    setBusy(true);
    try {
      await onApply(tags);
      setTags([]);
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="top" width={280} withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button size="xs" variant="subtle" leftSection={icon} onClick={toggle}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <TagsInput size="xs" label={label} placeholder={t('bulk.tagsPlaceholder')} value={tags} onChange={setTags} data-autofocus maxTags={20} />
        <Group justify="flex-end" mt="xs">
          <Button size="xs" disabled={!tags.length} loading={busy} onClick={() => void apply()}>
            {t('bulk.apply')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
