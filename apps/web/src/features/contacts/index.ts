export { ContactsPage } from './routes/ContactsPage';
export { ContactDetailPage } from './routes/ContactDetailPage';
export { contactKeys, useContacts } from './api/contacts';
export { ContactFormModal } from './components/ContactFormModal';
