export { IdentityPanel } from './components/IdentityPanel';
export { ContactIdentitiesCard } from './components/ContactIdentitiesCard';
