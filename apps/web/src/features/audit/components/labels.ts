import type { AuditEntry } from '@rapport/contracts';
import type { TFunction } from 'i18next';

/** Kinds of record the audit log knows by name; others are shown as sent. */
export const auditEntities = ['contact', 'member', 'invitation', 'api_key', 'workspace', 'user'] as const;
type KnownEntity = (typeof auditEntities)[number];

const isKnown = (e: string): e is KnownEntity => (auditEntities as readonly string[]).includes(e);

export function entityLabel(t: TFunction<'settings'>, entity: string): string {
  return isKnown(entity) ? t(`audit.entities.${entity}`) : entity;
}

export const actionColor: Record<AuditEntry['action'], string> = { create: 'teal', update: 'blue', delete: 'red' };
