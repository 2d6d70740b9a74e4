import type { FieldDescriptor } from '@rapport/contracts';
import { useLookups } from '../../hooks/lookups';
import type { Option } from '../../hooks/use-reference-data';

/** The choices of a field with a fixed set of values (selects, stages, owners), labelled for the reader; null for free input. */
export const useFieldOptions = (field: FieldDescriptor | undefined): Option[] | null => useLookups().optionsFor(field);

export const numericTypes = new Set<FieldDescriptor['type']>(['number', 'currency']);
export const dateTypes = new Set<FieldDescriptor['type']>(['date', 'datetime']);
