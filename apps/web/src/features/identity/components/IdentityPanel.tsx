import { Stack } from '@mantine/core';
import { canConfigure, useRole } from '../../auth';
import { IdentityConflictsCard } from './IdentityConflictsCard';
import { IdentityRulesCard } from './IdentityRulesCard';

/** Settings → Identity resolution: the rules (managers and above edit them) and the conflicts they caused. */
export function IdentityPanel() {
  const editable = canConfigure(useRole());
  return (
    <Stack gap="lg">
      <IdentityRulesCard editable={editable} />
      <IdentityConflictsCard />
    </Stack>
  );
}
