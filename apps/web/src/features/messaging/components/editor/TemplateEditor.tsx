import { Alert, Grid, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MessageTemplate } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canWrite, useRole } from '../../../auth';
import { defaultVariant, type Draft } from '../../model/draft';
import { PreviewPanel } from '../preview/PreviewPanel';
import { TestSendCard } from '../TestSendCard';
import { VersionsDrawer } from '../VersionsDrawer';
import { ContentFields } from './ContentFields';
import { EditorHeader } from './EditorHeader';
import { LocaleTabs } from './LocaleTabs';
import { useTemplateEditor } from './use-template-editor';
import { VariablesHelp } from './VariablesHelp';

interface Props {
  /** The saved template; absent while creating one. */
  template?: MessageTemplate | undefined;
  initial: Draft;
}

/** Name, per-locale content and the variables beside a live preview; history, test send and delete for saved ones. */
export function TemplateEditor({ template, initial }: Props) {
  const { t } = useTranslation('messaging');
  const editor = useTemplateEditor(template, initial);
  const [historyOpen, history] = useDisclosure(false);
  const writable = canWrite(useRole());
  const { draft, setDraft } = editor;

  return (
    <Stack gap="lg">
      <EditorHeader
        template={template}
        channel={draft.content.channel}
        name={draft.name}
        onName={(name) => setDraft((d) => ({ ...d, name }))}
        nameError={editor.nameError}
        dirty={editor.dirty}
        saving={editor.saving}
        onSave={editor.save}
        onHistory={history.open}
        writable={writable}
      />
      {editor.saveProblems.length ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={t('editor.saveFailed')} data-testid="save-error">
          {editor.saveProblems.map((m) => (
            <Text size="sm" key={m}>
              {m}
            </Text>
          ))}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <Stack gap="md">
                <LocaleTabs
                  locales={Object.keys(draft.localized)}
                  active={editor.locale}
                  onActive={editor.setLocale}
                  onAdd={editor.addLocale}
                  onRemove={editor.removeLocale}
                  withErrors={editor.withErrors}
                />
                {editor.locale !== defaultVariant ? (
                  <Text size="xs" c="dimmed">
                    {t('locales.variantHint')}
                  </Text>
                ) : null}
                <ContentFields content={editor.variant} bind={editor.bind} onChange={editor.setVariant} errorAt={editor.errorAt} />
              </Stack>
            </Paper>
            <VariablesHelp onInsert={editor.insert} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <PreviewPanel contact={editor.contact} onContact={editor.setContact} {...editor.preview} />
            {writable && template && template.channel === 'email' ? <TestSendCard template={template} contact={editor.contact} dirty={editor.dirty} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
      {template ? (
        <VersionsDrawer
          template={template}
          opened={historyOpen}
          onClose={history.close}
          contact={editor.contact}
          onRestore={(v) => {
            setDraft((d) => ({ ...d, content: v.content, localized: v.localized }));
            editor.setLocale(defaultVariant);
            history.close();
          }}
        />
      ) : null}
    </Stack>
  );
}
