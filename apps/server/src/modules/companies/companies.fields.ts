import { sql } from 'drizzle-orm';
import { companySizes } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import type { FilterField } from '../../platform/filters.js';
import { customFilterFields, listFieldDefinitions } from '../custom-fields/index.js';
import { companies as c } from './companies.schema.js';

const standard: FilterField[] = [
  { path: 'name', label: 'Name', type: 'text', expr: sql`${c.name}`, isSortable: true, isEditable: true },
  { path: 'domain', label: 'Domain', type: 'text', expr: sql`${c.domain}`, isSortable: true, isEditable: true },
  { path: 'industry', label: 'Industry', type: 'text', expr: sql`${c.industry}`, isSortable: true, isEditable: true },
  {
    path: 'size',
    label: 'Size',
    type: 'select',
    expr: sql`${c.size}`,
    options: companySizes.map((s) => ({ value: s, label: s })),
    isSortable: true,
    isEditable: true,
  },
  { path: 'taxId', label: 'Tax id', type: 'text', expr: sql`${c.taxId}`, isSortable: false, isEditable: true },
  { path: 'address.country', label: 'Country', type: 'text', expr: sql`${c.addressCountry}`, isSortable: true, isEditable: true },
  { path: 'address.city', label: 'City', type: 'text', expr: sql`${c.addressCity}`, isSortable: true, isEditable: true },
  { path: 'address.district', label: 'District', type: 'text', expr: sql`${c.addressDistrict}`, isSortable: true, isEditable: true },
  { path: 'address.postcode', label: 'Postcode', type: 'text', expr: sql`${c.addressPostcode}`, isSortable: true, isEditable: true },
  { path: 'address.line', label: 'Address', type: 'text', expr: sql`${c.addressLine}`, isSortable: false, isEditable: true },
  { path: 'ownerId', label: 'Owner', type: 'reference', expr: sql`${c.ownerId}`, isSortable: false, isEditable: true },
  { path: 'tags', label: 'Tags', type: 'tags', expr: sql`${c.tags}`, isSortable: false, isEditable: true },
  { path: 'externalId', label: 'External id', type: 'text', expr: sql`${c.externalId}`, isSortable: true, isEditable: true },
  { path: 'createdAt', label: 'Created', type: 'datetime', expr: sql`${c.createdAt}`, isSortable: true, isEditable: false },
  { path: 'updatedAt', label: 'Updated', type: 'datetime', expr: sql`${c.updatedAt}`, isSortable: true, isEditable: false },
];

/** Every field of companies in this workspace: the standard ones, then the custom ones. */
export async function companyFields(tx: Db, workspaceId: string): Promise<Map<string, FilterField>> {
  const custom = customFilterFields(await listFieldDefinitions(tx, workspaceId, 'company'), sql`${c.custom}`);
  return new Map([...standard, ...custom].map((f) => [f.path, f]));
}
