export { DuplicatesPage } from './routes/DuplicatesPage';
export { DuplicatesButton } from './components/DuplicatesButton';
export { MergeContactsModal } from './components/MergeContactsModal';
export { useMergeContacts, type MergeResult } from './api/merge-contacts';
export { useUndoMerge } from './api/undo-merge';
export { useDuplicates } from './api/duplicates';
