import type { SegmentGroup } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unfinishedConditions } from '../model/definition';
import { definitionErrors, type DefinitionErrors } from '../model/errors';

interface Failure {
  /** What was sent: each complaint shows only while the input it is about is unchanged. */
  sent: { definition?: SegmentGroup | undefined; fields: Record<string, string> };
  errors: DefinitionErrors;
}

/**
 * The complaints of the last failed save, tied to the values that were sent, so editing a
 * condition or a field clears its message without an effect to reset it.
 */
export function useSaveFailure() {
  const { t } = useTranslation('segments');
  const [failure, setFailure] = useState<Failure | null>(null);
  return {
    /** Marks unfinished conditions and returns false when the definition cannot be saved as it is. */
    check(definition: SegmentGroup, fields: Record<string, string> = {}): boolean {
      const unfinished = unfinishedConditions(definition);
      if (!unfinished.length) return true;
      const byNode = new Map(unfinished.map((key) => [key, t('builder.unfinished')]));
      setFailure({ sent: { definition, fields }, errors: { byNode, byField: new Map(), other: [] } });
      return false;
    },
    report(error: unknown, sent: Failure['sent']) {
      setFailure({ sent, errors: definitionErrors(error) });
    },
    /** A field refused before sending (a name left empty). */
    refuse(field: string, message: string, fields: Record<string, string>) {
      setFailure({ sent: { fields }, errors: { byNode: new Map(), byField: new Map([[field, message]]), other: [] } });
    },
    /** The definition's complaints, while it is the one that was sent. */
    definitionErrors(definition: SegmentGroup | undefined): DefinitionErrors | undefined {
      return failure && definition !== undefined && failure.sent.definition === definition ? failure.errors : undefined;
    },
    fieldError(field: string, value: string): string | undefined {
      return failure && failure.sent.fields[field] === value ? failure.errors.byField.get(field) : undefined;
    },
  };
}
