export { InvitePage } from './routes/InvitePage';
export { InvitationsPanel } from './components/InvitationsPanel';
