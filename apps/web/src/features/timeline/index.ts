export { EntityTimeline, knownKinds, type KnownKind } from './components/EntityTimeline';
export type { DescribeField, FieldDescription } from './components/entries/describe';
export { timelineKeys, type TimelineEntity } from './api/timeline';
