import type { Company, CreateCompanyInput, CustomField } from '@rapport/contracts';
import { toAddressForm, toApiCustom, toFormCustom, type AddressFormValues, type CustomFormValues } from '../custom-fields/values';

export interface CompanyFormValues {
  name: string;
  domain: string;
  industry: string;
  size: string | null;
  taxId: string;
  address: AddressFormValues;
  ownerId: string | null;
  tags: string[];
  externalId: string;
  custom: CustomFormValues;
}

/** Form values of a company, or of a new one (owned by `ownerId`, usually the creator). */
export function toCompanyForm(company: Company | null, fields: CustomField[], ownerId: string | null = null): CompanyFormValues {
  return {
    name: company?.name ?? '',
    domain: company?.domain ?? '',
    industry: company?.industry ?? '',
    size: company?.size ?? null,
    taxId: company?.taxId ?? '',
    address: toAddressForm(company?.address),
    ownerId: company ? company.ownerId : ownerId,
    tags: company?.tags ?? [],
    externalId: company?.externalId ?? '',
    custom: toFormCustom(fields, company?.custom),
  };
}

/** The request body; empty text clears a field, and only changed custom values are sent. */
export function toCompanyInput(values: CompanyFormValues, fields: CustomField[], initialCustom: CustomFormValues): CreateCompanyInput {
  return {
    ...values,
    size: (values.size as CreateCompanyInput['size']) ?? null,
    custom: toApiCustom(fields, values.custom, initialCustom),
  };
}
