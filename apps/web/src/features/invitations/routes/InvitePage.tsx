import { Alert, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/notify';
import { AnchorLink } from '../../../ui/AnchorLink';
import { AuthShell } from '../../../ui/AuthShell';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useInvitationPreview } from '../api/invitation-preview';
import { AcceptInvitationForm } from '../components/AcceptInvitationForm';

const route = getRouteApi('/invite/$id');

/** Public page behind an invitation link. */
export function InvitePage() {
  const { t } = useTranslation('auth');
  const { id } = route.useParams();
  const preview = useInvitationPreview(id);

  if (preview.isPending) {
    return (
      <AuthShell title={t('invite.loading')}>
        <Center py="xl">
          <Loader />
        </Center>
      </AuthShell>
    );
  }

  if (preview.isError) {
    const notFound = isApiError(preview.error) && (preview.error.status === 404 || preview.error.status === 400);
    return (
      <AuthShell title={t('invite.invalidTitle')}>
        <Alert color="red" variant="light" icon={<IconInfoCircle size={18} />}>
          {notFound ? t('invite.invalid') : errorMessage(preview.error)}
        </Alert>
        <LoginLink />
      </AuthShell>
    );
  }

  const invitation = preview.data;
  const isPending = invitation.status === 'pending';
  return (
    <AuthShell
      title={t('invite.title', { workspace: invitation.workspaceName })}
      subtitle={invitation.hasAccount ? t('invite.subtitleExisting') : t('invite.subtitleNew')}
    >
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm">
            <Trans t={t} i18nKey="invite.invitedAs" values={{ email: invitation.email }} components={{ b: <b /> }} />
          </Text>
          <RoleBadge role={invitation.role} />
        </Group>
        {isPending ? (
          <AcceptInvitationForm id={id} preview={invitation} />
        ) : (
          <>
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
              {t(`invite.status.${invitation.status}`)}
            </Alert>
            <LoginLink />
          </>
        )}
      </Stack>
    </AuthShell>
  );
}

function LoginLink() {
  const { t } = useTranslation('auth');
  return (
    <Text size="sm" ta="center" mt="md">
      <AnchorLink to="/login">{t('invite.goToLogin')}</AnchorLink>
    </Text>
  );
}
