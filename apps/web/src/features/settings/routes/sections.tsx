import { ApiKeysPanel } from '../../api-keys';
import { AuditLogPanel } from '../../audit';
import { IdentityPanel } from '../../identity';
import { InvitationsPanel } from '../../invitations';
import { MembersPanel } from '../../members';
import { SourcesPanel } from '../../sources';
import { AdminOnly } from '../components/AdminOnly';
import { WorkspacePanel } from '../components/WorkspacePanel';

/** Route components of the settings sections. Members, sources and identity are readable by all; the rest need an admin. */
export const WorkspaceSection = WorkspacePanel;
export const MembersSection = MembersPanel;
export const SourcesSection = SourcesPanel;
export const IdentitySection = IdentityPanel;
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
