import type { CreateCustomFieldInput, CustomField } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { customFieldKeys } from './custom-fields';

/** POST /api/v1/custom-fields */
export function useCreateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCustomFieldInput) => api<CustomField>('/api/v1/custom-fields', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.all }),
  });
}
