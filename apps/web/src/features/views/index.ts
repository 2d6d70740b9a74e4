export { RecordList } from './components/RecordList';
export { useListUrl, type ListUrl } from './hooks/use-list-url';
export { exportUrl } from './model/export-url';
export { useGlobalSearch } from './api/search';
export type { RecordListConfig, BulkActionKind } from './types';
// The filter builder's parts, for builders of richer trees (segment definitions).
export { FilterConditionRow } from './components/filter/FilterConditionRow';
export { ConditionMenu, type ConditionMenuActions } from './components/filter/ConditionMenu';
export { LookupsProvider, useLookups } from './hooks/lookups';
export * from './model';
