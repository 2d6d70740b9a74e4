// Custom fields (definitions, inputs, display) and the field groups every record form shares:
// address, owner, and label–value detail rows. Pure value helpers are also in ./values.
export { useCustomFields, customFieldKeys } from './api/custom-fields';
export { useMemberDirectory } from './api/members';
export { CustomFieldsPanel as FieldsSection } from './components/CustomFieldsPanel';
export { CustomFieldsInputs } from './components/CustomFieldsInputs';
export { CustomFieldValue } from './components/CustomFieldValue';
export { AddressFields, useCountryOptions } from './components/AddressFields';
export { OwnerSelect, useOwnerName } from './components/OwnerSelect';
export { RecordDetails, type DetailRow } from './components/RecordDetails';
export { TagList } from './components/TagList';
export type { BindInput } from './components/bind';
export { focusFirstError } from './components/focus-first-error';
export * from './values';
