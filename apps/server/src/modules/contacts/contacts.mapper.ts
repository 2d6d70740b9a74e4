import type { Contact } from '@rapport/contracts';
import { addressOf } from '../../platform/address.js';
import type { ContactRow, ContactView } from './contacts.repo.js';

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * What the UI shows: the display name if set; else the name in the order of its script (Chinese,
 * Japanese and Korean names read family name first, without a space: 林美玲); else email or phone.
 */
export function displayName(r: Pick<ContactRow, 'firstName' | 'lastName' | 'displayName' | 'email' | 'phone'>): string {
  if (r.displayName) return r.displayName;
  const isCjk = cjk.test(`${r.firstName ?? ''}${r.lastName ?? ''}`);
  const name = isCjk ? `${r.lastName ?? ''}${r.firstName ?? ''}` : [r.firstName, r.lastName].filter(Boolean).join(' ');
  return name || r.email || r.phone || '';
}

export function toContact(r: ContactRow | ContactView): Contact {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    displayName: r.displayName,
    name: displayName(r),
    email: r.email,
    emails: r.emails,
    phone: r.phone,
    phones: r.phones,
    gender: r.gender as Contact['gender'],
    birthday: r.birthday,
    locale: r.locale,
    timezone: r.timezone,
    address: addressOf(r),
    companyId: r.companyId,
    company: r.companyId && 'companyName' in r && r.companyName ? { id: r.companyId, name: r.companyName } : null,
    companyRole: r.companyRole as Contact['companyRole'],
    jobTitle: r.jobTitle,
    ownerId: r.ownerId,
    source: r.source,
    lifecycleStage: r.lifecycleStage,
    tags: r.tags,
    autoTags: r.autoTags,
    externalId: r.externalId,
    custom: r.custom,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Columns the audit log and timeline leave out: keys, derived search text, bookkeeping. */
export const auditIgnored = ['id', 'workspaceId', 'createdAt', 'updatedAt', 'searchText', 'companyName', 'deletedAt', 'mergedInto', 'sortKey'];
