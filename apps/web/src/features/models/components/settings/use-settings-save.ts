import type { FormErrors } from '@mantine/form';
import type { ModelSettings } from '@rapport/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifySuccess } from '../../../../lib/notify';
import { useUpdateModelSettings } from '../../api/models';
import { formErrorsOf } from '../../model/format';

/**
 * Saves one part of the settings. Server errors land on the form's fields through `toFormPath`;
 * whatever matches no field shows above the form.
 */
export function useSettingsSave(toFormPath: (serverPath: string) => string | null) {
  const { t } = useTranslation('models');
  const update = useUpdateModelSettings();
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: Partial<ModelSettings>, form: { setErrors(errors: FormErrors): void }) => {
    setError(null);
    try {
      await update.mutateAsync(patch);
      notifySuccess(t('settings.saved'));
    } catch (e) {
      const fields = formErrorsOf(e, toFormPath);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setError(errorMessage(e));
    }
  };
  return { save, error, saving: update.isPending };
}
