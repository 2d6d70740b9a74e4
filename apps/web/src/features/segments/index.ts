export { SegmentsPage } from './routes/SegmentsPage';
export { NewSegmentPage } from './routes/NewSegmentPage';
export { SegmentDetailPage } from './routes/SegmentDetailPage';
export { validateSegmentSearch } from './search';
