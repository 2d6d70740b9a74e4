import { Button, Group, Stack, Text } from '@mantine/core';
import type { Segment, SegmentGroup } from '@rapport/contracts';
import { IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { useUpdateSegment } from '../../api/update-segment';
import { emptyDefinition, sameDefinition } from '../../model/definition';
import { DefinitionEditor } from '../DefinitionEditor';
import { useSaveFailure } from '../use-save-failure';

interface Props {
  segment: Segment;
  writable: boolean;
  /** Edits not saved yet; null shows the stored definition. The page keeps it, so switching tabs loses nothing. */
  draft: SegmentGroup | null;
  onDraft: (draft: SegmentGroup | null) => void;
}

/** The segment's definition in the builder; Save applies it, and its members are recomputed at once. */
export function DefinitionTab({ segment, writable, draft, onDraft }: Props) {
  const { t } = useTranslation('segments');
  const update = useUpdateSegment(segment.id, { showErrorsInline: true });
  const failure = useSaveFailure();
  const shown = draft ?? segment.definition ?? emptyDefinition();
  const dirty = draft !== null && !sameDefinition(draft, segment.definition);

  const save = () => {
    if (!failure.check(shown)) return;
    update.mutate(
      { definition: shown },
      {
        onSuccess: (s) => {
          onDraft(null);
          notifySuccess(t('form.saved', { name: s.name }));
        },
        onError: (error) => failure.report(error, { definition: shown, fields: {} }),
      },
    );
  };

  return (
    <Stack gap="md">
      <DefinitionEditor value={shown} onChange={onDraft} segmentId={segment.id} saveErrors={failure.definitionErrors(shown)} />
      {writable ? (
        <Group justify="flex-end">
          {dirty ? (
            <Text size="sm" c="dimmed">
              {t('form.unsaved')}
            </Text>
          ) : null}
          <Button variant="default" leftSection={<IconArrowBackUp size={16} />} disabled={!dirty} onClick={() => onDraft(null)}>
            {t('form.discard')}
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!dirty} loading={update.isPending} onClick={save} data-testid="segment-save">
            {t('form.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
