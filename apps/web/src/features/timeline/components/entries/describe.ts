import type { ReactNode } from 'react';

/** How a host page names and shows a field of its record in field-change entries. */
export interface FieldDescription {
  label: string;
  /** Text for a value of this field; null falls back to the generic rendering. */
  format?: (value: unknown) => string | null;
  /** A node for a value, e.g. a link to the company an id names; wins over `format`. */
  render?: (value: unknown) => ReactNode;
  /** Leave this field out of field changes, e.g. because another kind of entry shows it. */
  hidden?: boolean;
}
export type DescribeField = (path: string) => FieldDescription;
