import { sql } from 'drizzle-orm';
import { companyRoles, genders } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import type { FilterField } from '../../platform/filters.js';
import { phoneSearchKey } from '../../platform/phone.js';
import { findDefaultRegion, findLifecycleStages } from '../auth/index.js';
import { customFilterFields, listFieldDefinitions } from '../custom-fields/index.js';
import { contacts as c } from './contacts.schema.js';

const text = (path: string, label: string, expr: ReturnType<typeof sql>, sortable = true): FilterField => ({
  path,
  label,
  type: 'text',
  expr,
  isSortable: sortable,
  isEditable: true,
});
const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/**
 * Every field of contacts in this workspace, standard then custom. Lifecycle stages come from the
 * workspace's list, and phone values are read in its default region, so a filter "phone = 0912…"
 * matches the stored +886912….
 */
export async function contactFields(tx: Db, workspaceId: string): Promise<Map<string, FilterField>> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const stages = await findLifecycleStages(tx, workspaceId);
  const region = await findDefaultRegion(tx, workspaceId);
  const defs = await listFieldDefinitions(tx, workspaceId, 'contact');
  const standard: FilterField[] = [
    text('firstName', 'First name', sql`${c.firstName}`),
    text('lastName', 'Last name', sql`${c.lastName}`),
    text('displayName', 'Display name', sql`${c.displayName}`),
    { path: 'email', label: 'Email', type: 'email', expr: sql`${c.email}`, isSortable: true, isEditable: true },
    { path: 'emails', label: 'Other emails', type: 'text_list', expr: sql`${c.emails}`, isEditable: true },
    {
      path: 'phone',
      label: 'Phone',
      type: 'phone',
      expr: sql`${c.phone}`,
      isSortable: true,
      isEditable: true,
      normalize: (v) => phoneSearchKey(v, region) ?? v,
    },
    { path: 'phones', label: 'Other phones', type: 'text_list', expr: sql`${c.phones}`, isEditable: true },
    { path: 'gender', label: 'Gender', type: 'select', expr: sql`${c.gender}`, options: options(genders), isSortable: true, isEditable: true },
    { path: 'birthday', label: 'Birthday', type: 'date', expr: sql`${c.birthday}`, isSortable: true, isEditable: true },
    text('locale', 'Language', sql`${c.locale}`),
    text('timezone', 'Time zone', sql`${c.timezone}`),
    text('address.country', 'Country', sql`${c.addressCountry}`),
    text('address.city', 'City', sql`${c.addressCity}`),
    text('address.district', 'District', sql`${c.addressDistrict}`),
    text('address.postcode', 'Postcode', sql`${c.addressPostcode}`),
    text('address.line', 'Address', sql`${c.addressLine}`, false),
    { path: 'companyId', label: 'Company', type: 'reference', expr: sql`${c.companyId}::text`, isEditable: true },
    {
      path: 'companyRole',
      label: 'Buying role',
      type: 'select',
      expr: sql`${c.companyRole}`,
      options: options(companyRoles),
      isSortable: true,
      isEditable: true,
    },
    text('jobTitle', 'Job title', sql`${c.jobTitle}`),
    { path: 'ownerId', label: 'Owner', type: 'reference', expr: sql`${c.ownerId}`, isEditable: true },
    text('source', 'Source', sql`${c.source}`),
    {
      path: 'lifecycleStage',
      label: 'Lifecycle stage',
      type: 'select',
      expr: sql`${c.lifecycleStage}`,
      options: stages.map((s) => ({ value: s.key, label: s.label })),
      isSortable: true,
      isEditable: true,
    },
    { path: 'tags', label: 'Tags', type: 'tags', expr: sql`${c.tags}`, isEditable: true },
    text('externalId', 'External id', sql`${c.externalId}`),
    { path: 'createdAt', label: 'Created', type: 'datetime', expr: sql`${c.createdAt}`, isSortable: true },
    { path: 'updatedAt', label: 'Updated', type: 'datetime', expr: sql`${c.updatedAt}`, isSortable: true },
  ];
  return new Map([...standard, ...customFilterFields(defs, sql`${c.custom}`)].map((f) => [f.path, f]));
}
