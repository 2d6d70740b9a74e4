import type { Contact, CreateContactInput, CustomField } from '@rapport/contracts';
import { toAddressForm, toApiCustom, toFormCustom, type AddressFormValues, type CustomFormValues } from '../custom-fields/values';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  displayName: string;
  email: string;
  /** Further emails besides the primary one. */
  emails: string[];
  phone: string;
  phones: string[];
  gender: string | null;
  birthday: string;
  locale: string | null;
  timezone: string | null;
  address: AddressFormValues;
  companyId: string | null;
  companyRole: string | null;
  jobTitle: string;
  ownerId: string | null;
  source: string;
  lifecycleStage: string | null;
  tags: string[];
  externalId: string;
  custom: CustomFormValues;
}

/** Form values of a contact, or of a new one owned by `ownerId` (usually whoever creates it). */
export function toContactForm(contact: Contact | null, fields: CustomField[], ownerId: string | null = null): ContactFormValues {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    displayName: contact?.displayName ?? '',
    email: contact?.email ?? '',
    emails: contact?.emails ?? [],
    phone: contact?.phone ?? '',
    phones: contact?.phones ?? [],
    gender: contact?.gender ?? null,
    birthday: contact?.birthday ?? '',
    locale: contact?.locale ?? null,
    timezone: contact?.timezone ?? null,
    address: toAddressForm(contact?.address),
    companyId: contact?.companyId ?? null,
    companyRole: contact?.companyRole ?? null,
    jobTitle: contact?.jobTitle ?? '',
    ownerId: contact ? contact.ownerId : ownerId,
    source: contact?.source ?? '',
    lifecycleStage: contact?.lifecycleStage ?? null,
    tags: contact?.tags ?? [],
    externalId: contact?.externalId ?? '',
    custom: toFormCustom(fields, contact?.custom),
  };
}

const filled = (list: string[]) => list.map((v) => v.trim()).filter(Boolean);

/**
 * The request body. Text goes as typed ("" clears; the server trims, lower-cases emails and turns
 * phones into E.164 with the workspace's region), blank extra rows are dropped, and only custom
 * values that changed from `initialCustom` are sent.
 */
export function toContactInput(values: ContactFormValues, fields: CustomField[], initialCustom: CustomFormValues): CreateContactInput {
  return {
    ...values,
    emails: filled(values.emails),
    phones: filled(values.phones),
    gender: values.gender as CreateContactInput['gender'],
    companyRole: values.companyRole as CreateContactInput['companyRole'],
    custom: toApiCustom(fields, values.custom, initialCustom),
  };
}
