export { SegmentsPage } from './routes/SegmentsPage';
export { NewSegmentPage } from './routes/NewSegmentPage';
export { SegmentDetailPage } from './routes/SegmentDetailPage';
export { validateSegmentSearch } from './search';
// The builder and its data, for editors of conditions elsewhere (journey branches and waits).
export { SegmentBuilder } from './components/builder/SegmentBuilder';
export { PropertyFilters } from './components/builder/inputs/PropertyFilters';
export { useSegmentCatalog } from './api/catalog';
export { useSegments } from './api/segments';
export { emptyDefinition } from './model/definition';
