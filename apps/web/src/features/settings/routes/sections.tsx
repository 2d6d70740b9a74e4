import { ApiKeysPanel } from '../../api-keys';
import { AuditLogPanel } from '../../audit';
import { InvitationsPanel } from '../../invitations';
import { MembersPanel } from '../../members';
import { AdminOnly } from '../components/AdminOnly';
import { WorkspacePanel } from '../components/WorkspacePanel';

/** Route components of the settings sections. Members is readable by all; the rest need an admin. */
export const WorkspaceSection = WorkspacePanel;
export const MembersSection = MembersPanel;
export const InvitationsSection = () => (
  <AdminOnly>
    <InvitationsPanel />
  </AdminOnly>
);
export const ApiKeysSection = () => (
  <AdminOnly>
    <ApiKeysPanel />
  </AdminOnly>
);
export const AuditSection = () => (
  <AdminOnly>
    <AuditLogPanel />
  </AdminOnly>
);
