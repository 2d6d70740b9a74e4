import type { ImportPreview } from '@rapport/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { importKeys, importPath } from './imports';

/** GET /api/v1/imports/:id/preview: the first rows, suggested mapping and targets. */
export const useImportPreview = (id: string) =>
  useQuery({
    queryKey: importKeys.preview(id),
    queryFn: ({ signal }) => api<ImportPreview>(`${importPath(id)}/preview`, { signal }),
    staleTime: Infinity,
  });
