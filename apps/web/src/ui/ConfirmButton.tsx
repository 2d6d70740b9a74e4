import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  label: ReactNode;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: ReactNode;
  /** Return a promise to keep the dialog open until the action settles. */
  onConfirm: () => Promise<unknown> | void;
}

/** A button that asks before doing something destructive. */
export function ConfirmButton({ label, title, message, confirmLabel, onConfirm, ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = async () => {
    try {
      await onConfirm();
      close();
    } catch {
      // The mutation already reported the error; keep the dialog so the user can retry or cancel.
    }
  };
  return (
    <>
      <Button color="red" variant="light" {...buttonProps} loading={false} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button color="red" loading={buttonProps.loading} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
