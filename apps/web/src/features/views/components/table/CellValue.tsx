import { Badge } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { IconCheck } from '@tabler/icons-react';
import { formatDateTime } from '../../../../lib/format';
import { formatDay, formatNumber } from '../../model/format';
import { getFieldValue } from '../../model/records';
import { useLookups } from '../../hooks/lookups';
import { OwnerAvatar } from '../OwnerAvatar';
import { AnchorLink } from '../../../../ui/AnchorLink';
import classes from './CellValue.module.css';

const MAX_BADGES = 2;
// Plain elements rather than Mantine's Text: a list renders hundreds of cells.
const empty = <span className={`${classes.text} ${classes.dimmed}`}>—</span>;
const text = (value: string, extra = '') => <span className={`${classes.text} ${extra}`}>{value}</span>;

/** The name a reference shows: `companyId` → the record's `company.name`. */
function referenceName(record: object, path: string): string | null {
  if (!path.endsWith('Id')) return null;
  const target = (record as Record<string, unknown>)[path.slice(0, -2)];
  return target && typeof target === 'object' && 'name' in target && typeof target.name === 'string' ? target.name : null;
}

function Badges({ values }: { values: string[] }) {
  if (!values.length) return empty;
  return (
    <div className={classes.badges}>
      {values.slice(0, MAX_BADGES).map((v) => (
        <Badge key={v} variant="light" radius="sm" style={{ textTransform: 'none', flexShrink: 0 }} maw={120}>
          {v}
        </Badge>
      ))}
      {values.length > MAX_BADGES ? (
        <Badge variant="outline" color="gray" radius="sm">
          +{values.length - MAX_BADGES}
        </Badge>
      ) : null}
    </div>
  );
}

/** A field's value as the table shows it, by the field's type. */
export function CellValue({ record, field }: { record: object; field: FieldDescriptor }) {
  const { language, labels, optionsFor } = useLookups();
  const options = optionsFor(field);
  const value = getFieldValue(record, field.path);
  const optionLabel = (v: string) => options?.find((o) => o.value === v)?.label ?? labels.option(field.path, v, v);

  if (field.path === 'ownerId') return <OwnerAvatar userId={typeof value === 'string' ? value : null} />;
  if (value === null || value === undefined || value === '') return empty;
  switch (field.type) {
    case 'reference': {
      const name = referenceName(record, field.path);
      if (field.path === 'companyId' && name) {
        return <AnchorLink to="/companies/$companyId" params={{ companyId: String(value) }} size="sm" truncate onClick={(e) => e.stopPropagation()}>{name}</AnchorLink>;
      }
      return text(name ?? String(value));
    }
    case 'boolean':
      return value ? <IconCheck size={16} aria-label={String(value)} /> : empty;
    case 'select':
      return <Badge variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>{optionLabel(String(value))}</Badge>;
    case 'multi_select':
    case 'tags':
    case 'text_list':
      return <Badges values={(Array.isArray(value) ? value : [value]).map((v) => (field.type === 'multi_select' ? optionLabel(String(v)) : String(v)))} />;
    case 'date':
      return text(formatDay(String(value), language));
    case 'datetime':
      return text(formatDateTime(String(value), language), classes.dimmed);
    case 'number':
    case 'currency':
      return text(formatNumber(value, language), classes.number);
    default:
      return text(String(value));
  }
}
