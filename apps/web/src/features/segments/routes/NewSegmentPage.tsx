import { Button, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { SegmentGroup } from '@rapport/contracts';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { AnchorLink } from '../../../ui/AnchorLink';
import { PageHeader } from '../../../ui/PageHeader';
import { useCreateSegment } from '../api/create-segment';
import { DefinitionEditor } from '../components/DefinitionEditor';
import { TemplatePicker } from '../components/TemplatePicker';
import { useSaveFailure } from '../components/use-save-failure';
import { emptyDefinition } from '../model/definition';

/** A new dynamic segment: name, optional auto tag, a template or a blank builder, and the live preview. */
export function NewSegmentPage() {
  const { t } = useTranslation('segments');
  const navigate = useNavigate();
  const create = useCreateSegment({ showErrorsInline: true });
  const failure = useSaveFailure();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [autoTag, setAutoTag] = useState('');
  const [definition, setDefinition] = useState<SegmentGroup>(emptyDefinition);
  const fields = { name: name.trim(), description: description.trim(), autoTag: autoTag.trim() };

  const save = () => {
    if (!fields.name) return failure.refuse('name', t('form.nameRequired'), fields);
    if (!failure.check(definition, fields)) return;
    create.mutate(
      {
        name: fields.name,
        kind: 'dynamic',
        definition,
        ...(fields.description ? { description: fields.description } : {}),
        ...(fields.autoTag ? { autoTag: fields.autoTag } : {}),
      },
      {
        onSuccess: (segment) => {
          notifySuccess(t('form.created', { name: segment.name }));
          void navigate({ to: '/segments/$segmentId', params: { segmentId: segment.id } });
        },
        onError: (error) => failure.report(error, { definition, fields }),
      },
    );
  };

  const templates = (
    <TemplatePicker
      onPick={(tpl, text) => {
        setDefinition(tpl.definition);
        setName(text.name);
        setDescription(text.description);
      }}
    />
  );

  return (
    <Stack gap="lg">
      <AnchorLink to="/segments" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('detail.back')}
        </Group>
      </AnchorLink>
      <PageHeader title={t('newSegment.title')} description={t('newSegment.description')} actions={templates} />
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput label={t('form.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={failure.fieldError('name', fields.name)} data-testid="segment-name" />
          <TextInput label={t('form.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={failure.fieldError('description', fields.description)} />
          <TextInput
            label={t('form.autoTag')}
            description={t('form.autoTagHint')}
            placeholder={t('form.autoTagPlaceholder')}
            value={autoTag}
            onChange={(e) => setAutoTag(e.currentTarget.value)}
            error={failure.fieldError('autoTag', fields.autoTag)}
          />
        </SimpleGrid>
      </Paper>
      <DefinitionEditor value={definition} onChange={setDefinition} saveErrors={failure.definitionErrors(definition)} />
      <Group justify="flex-end">
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={create.isPending} data-testid="segment-save">
          {t('form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
