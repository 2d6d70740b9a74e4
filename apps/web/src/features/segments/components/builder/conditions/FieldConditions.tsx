import type { FilterCondition } from '@rapport/contracts';
import { FilterConditionRow } from '../../../../views';
import { useBuilder } from '../builder-context';
import type { ConditionProps } from './EventConditions';

const noop = () => {};

/** A profile field (contact, consent, computed trait, company): the list filter's own row. */
export function ProfileCondition({ condition, onChange, error }: ConditionProps<'condition'> & { error: string | undefined }) {
  const { fields } = useBuilder();
  // The frame around the condition has the menu; the row's own would repeat it.
  return <FilterConditionRow condition={condition} fields={fields.profile} choices={fields.profileChoices} error={error} onChange={onChange} onRemove={noop} menu={null} />;
}

/** A model output (RFM, NASLD…): compared like a profile field, stored as its own kind. */
export function ModelCondition({ condition, onChange, error }: ConditionProps<'model'> & { error: string | undefined }) {
  const { fields } = useBuilder();
  const { type: _type, ...rest } = condition;
  const asFilter: FilterCondition = { type: 'condition', ...rest };
  return (
    <FilterConditionRow
      condition={asFilter}
      fields={fields.models}
      choices={fields.modelChoices}
      error={error}
      onChange={({ type: _t, ...c }) => onChange({ type: 'model', ...c })}
      onRemove={noop}
      menu={null}
    />
  );
}
