import type { FieldDescriptor } from '@rapport/contracts';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/notify';
import { useUpdateRecord } from '../api/update-record';
import { fieldPatch, setFieldValue, type ListRecord } from '../model/records';
import type { RecordListConfig } from '../types';
import { useLabels } from './use-labels';

/** The server's complaint about a field, in its words; else its general message. */
function saveError(error: unknown): string {
  if (isApiError(error)) {
    const first = Object.values(error.fieldErrors)[0];
    if (first) return first;
  }
  return errorMessage(error);
}

/** Saving one field of a record from a table cell or a dragged card: shown at once, undone if the server refuses. */
export function useRecordEditing<T extends ListRecord>(config: RecordListConfig<T>) {
  const { t } = useTranslation('views');
  const labels = useLabels(config.entity);
  const update = useUpdateRecord<T>(config.entity);

  const save = (record: T, path: string, label: string, value: unknown, extra?: { id: string; name: string } | null) =>
    update.mutate(
      {
        id: record.id,
        patch: fieldPatch(path, value),
        apply: (r) => {
          const next = setFieldValue(r, path, value);
          // A reference shows its target's name (a contact's company); show the picked one until the server answers.
          return extra !== undefined && path.endsWith('Id') ? setFieldValue(next, path.slice(0, -2), extra) : next;
        },
      },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: t('table.saveFailed', { field: label, name: config.name(record) }), message: saveError(error) }),
      },
    );

  return {
    saveCell: (record: T, field: FieldDescriptor, value: unknown, extra?: { id: string; name: string } | null) =>
      save(record, field.path, labels.field(field), value, extra),
    move: (record: T, path: string, to: string | null) => save(record, path, t(`fieldLabels.${path}` as never) as string, to),
  };
}
