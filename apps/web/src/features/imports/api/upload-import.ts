import type { ImportPreview } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ImportEntity } from '../import-status';
import { importKeys } from './imports';

export interface UploadImportInput {
  file: File;
  entity: ImportEntity;
}

/** The multipart body POST /api/v1/imports expects. */
export function uploadForm({ file, entity }: UploadImportInput): FormData {
  const form = new FormData();
  // Fields before the file: the server reads the fields that arrived with it.
  form.append('entity', entity);
  form.append('file', file, file.name);
  return form;
}

/** POST /api/v1/imports (multipart): stores the file and answers with its preview. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadImportInput) => api<ImportPreview>('/api/v1/imports', { method: 'POST', body: uploadForm(input) }),
    meta: { skipErrorNotification: true },
    onSuccess: (preview) => {
      queryClient.setQueryData(importKeys.preview(preview.import.id), preview);
      queryClient.setQueryData(importKeys.detail(preview.import.id), preview.import);
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}
