import type { importEntities } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import { orderImportTargets, productImportTargets } from '../commerce/index.js';
import { listFieldDefinitions } from '../custom-fields/index.js';
import type { MappingTarget } from './imports.mapping.js';

export type ImportEntity = (typeof importEntities)[number];
export interface ImportTarget extends MappingTarget {
  isRequired: boolean;
}

const address: ImportTarget[] = [
  { key: 'addressCountry', label: 'Country', isRequired: false },
  { key: 'addressCity', label: 'City', isRequired: false },
  { key: 'addressDistrict', label: 'District', isRequired: false },
  { key: 'addressPostcode', label: 'Postcode', isRequired: false },
  { key: 'addressLine', label: 'Address', isRequired: false },
];

const contactTargets: ImportTarget[] = [
  { key: 'fullName', label: 'Full name', isRequired: false },
  { key: 'firstName', label: 'First name', isRequired: false },
  { key: 'lastName', label: 'Last name', isRequired: false },
  { key: 'displayName', label: 'Display name', isRequired: false },
  { key: 'email', label: 'Email', isRequired: false },
  { key: 'emails', label: 'Other emails', isRequired: false },
  { key: 'phone', label: 'Phone', isRequired: false },
  { key: 'phones', label: 'Other phones', isRequired: false },
  { key: 'gender', label: 'Gender', isRequired: false },
  { key: 'birthday', label: 'Birthday', isRequired: false },
  { key: 'locale', label: 'Language', isRequired: false },
  { key: 'timezone', label: 'Time zone', isRequired: false },
  ...address,
  { key: 'companyName', label: 'Company', isRequired: false },
  { key: 'jobTitle', label: 'Job title', isRequired: false },
  { key: 'owner', label: 'Owner (email of a member)', isRequired: false },
  { key: 'source', label: 'Source', isRequired: false },
  { key: 'lifecycleStage', label: 'Lifecycle stage', isRequired: false },
  { key: 'tags', label: 'Tags', isRequired: false },
  { key: 'externalId', label: 'External id', isRequired: false },
  { key: 'note', label: 'Note', isRequired: false },
];

const companyTargets: ImportTarget[] = [
  { key: 'name', label: 'Name', isRequired: true },
  { key: 'domain', label: 'Domain', isRequired: false },
  { key: 'industry', label: 'Industry', isRequired: false },
  { key: 'size', label: 'Size', isRequired: false },
  { key: 'taxId', label: 'Tax id', isRequired: false },
  ...address,
  { key: 'owner', label: 'Owner (email of a member)', isRequired: false },
  { key: 'tags', label: 'Tags', isRequired: false },
  { key: 'externalId', label: 'External id', isRequired: false },
];

/** The fields a column can be imported into: the standard ones, then the workspace's custom fields. */
export async function importTargets(tx: Db, workspaceId: string, entity: ImportEntity): Promise<ImportTarget[]> {
  if (entity === 'orders') return orderImportTargets;
  if (entity === 'products') return productImportTargets;
  const defs = await listFieldDefinitions(tx, workspaceId, entity === 'contacts' ? 'contact' : 'company');
  return [
    ...(entity === 'contacts' ? contactTargets : companyTargets),
    ...defs.map((d) => ({ key: `custom.${d.key}`, label: d.label, isRequired: d.isRequired })),
  ];
}
