import { Badge } from '@mantine/core';
import type { Role } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

const colors: Record<Role, string> = { owner: 'grape', admin: 'indigo', manager: 'blue', member: 'teal', viewer: 'gray' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[role]} radius="sm">
      {t(`roles.${role}`)}
    </Badge>
  );
}
