export { MembersPanel } from './components/MembersPanel';
export { useMembers } from './api/members';
