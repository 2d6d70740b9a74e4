import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CampaignDraft } from '../../model/draft';
import type { DraftChange } from './use-campaign-editor';

/** The complaint shown at a field of the editor (see `fieldOf` in model/errors). */
export type ErrorAt = (field: string) => string | undefined;

export interface SectionProps {
  draft: CampaignDraft;
  change: (next: DraftChange) => void;
  errorAt: ErrorAt;
  /** Viewers see the draft, without changing it. */
  readOnly: boolean;
}

/** Props that tie a Mantine input to its request path, so errors and tests find it. */
export const fieldProps = (errorAt: ErrorAt, path: string) => ({
  error: errorAt(path),
  wrapperProps: { 'data-path': path },
  errorProps: { 'data-testid': 'field-error' },
});

/** A control that is not a Mantine input (a segmented switch, a list), with its label, hint and error. */
export function Field({ path, label, hint, error, children }: { path: string; label?: ReactNode; hint?: ReactNode; error: string | undefined; children: ReactNode }) {
  return (
    <Stack gap={4} data-path={path}>
      {label ? (
        <Text size="sm" fw={500}>
          {label}
        </Text>
      ) : null}
      {children}
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text size="xs" c="red" data-testid="field-error">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A titled part of the editor. */
export function SectionTitle({ title, hint }: { title: ReactNode; hint?: ReactNode }) {
  return (
    <div>
      <Title order={5}>{title}</Title>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </div>
  );
}
