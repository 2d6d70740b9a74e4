import { ContactFormModal } from './ContactFormModal';

/** The "New contact" dialog of the contact list. */
export function NewContactModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return <ContactFormModal opened={opened} onClose={onClose} />;
}
