// The React-free part of this feature's public surface: value conversions other features use in
// their own pure form helpers (and so in plain unit tests, without a DOM).
export { toFormCustom, toApiCustom, requiredCustomErrors, type CustomFormValues } from './custom-values';
export { toAddressForm, type AddressFormValues } from './address-form';
export { formatAddress } from './format-address';
export { formatCustomValue } from './format-custom-value';
export { keyFromLabel, suggestKey, uniqueKey, keyPattern } from './key-from-label';
