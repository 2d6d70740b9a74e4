import { Button, Group, Modal, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  initialName: string;
  /** Offer the "share with the workspace" switch (when saving a new view). */
  withVisibility: boolean;
  submitting: boolean;
  onClose: () => void;
  onSubmit: (name: string, shared: boolean) => Promise<unknown>;
}

/** Names a view: when saving the current list as a new view, or renaming one. */
export function ViewNameModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      {/* Mounted while open only, so each opening starts from `initialName`. */}
      {props.opened ? <ViewNameForm {...props} /> : null}
    </Modal>
  );
}

function ViewNameForm({ initialName, withVisibility, submitting, onClose, onSubmit }: Props) {
  const { t } = useTranslation(['views', 'common']);
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!name.trim()) return setError(t('common:validation.required'));
    try {
      await onSubmit(name.trim(), shared);
      onClose();
    } catch {
      // The mutation reported the error; the dialog stays for another try.
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextInput label={t('views:saved.name')} value={name} onChange={(e) => { setName(e.currentTarget.value); setError(null); }} error={error} maxLength={100} data-autofocus />
      {withVisibility ? (
        <Switch mt="md" label={t('views:saved.shareLabel')} description={t('views:saved.shareHint')} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
      ) : null}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button type="submit" loading={submitting}>{t('views:saved.save')}</Button>
      </Group>
    </form>
  );
}
