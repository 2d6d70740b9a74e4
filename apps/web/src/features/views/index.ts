export { RecordList } from './components/RecordList';
export { useListUrl, type ListUrl } from './hooks/use-list-url';
export { exportUrl } from './model/export-url';
export { useGlobalSearch } from './api/search';
export type { RecordListConfig, BulkActionKind } from './types';
