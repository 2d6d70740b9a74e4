export { SourcesPanel } from './components/SourcesPanel';
export { useSources } from './api/sources';
