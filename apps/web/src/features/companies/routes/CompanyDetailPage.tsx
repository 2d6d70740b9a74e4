import { Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Company } from '@rapport/contracts';
import { IconBuildingOff, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { NameAvatar } from '../../../ui/NameAvatar';
import { RecordPage } from '../../../ui/RecordPage';
import { canWrite, useRole } from '../../auth';
import { EntityTimeline } from '../../timeline';
import { useCompany } from '../api/company';
import { useDeleteCompany } from '../api/delete-company';
import { CompanyDetailsCard } from '../components/CompanyDetailsCard';
import { CompanyFormModal } from '../components/CompanyFormModal';
import { CompanyPeople } from '../components/CompanyPeople';
import { useDescribeCompanyField } from '../use-describe-company-field';

const route = getRouteApi('/_app/companies/$companyId');

export function CompanyDetailPage() {
  const { t } = useTranslation('companies');
  const { companyId } = route.useParams();
  return (
    <RecordPage
      query={useCompany(companyId)}
      backTo="/companies"
      backLabel={t('detail.back')}
      notFound={{ icon: <IconBuildingOff size={28} />, title: t('detail.notFound'), hint: t('detail.notFoundHint') }}
    >
      {(company) => <CompanyView company={company} />}
    </RecordPage>
  );
}

function CompanyView({ company }: { company: Company }) {
  const { t, i18n } = useTranslation('companies');
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const remove = useDeleteCompany();
  const describeField = useDescribeCompanyField();
  const [editing, { open, close }] = useDisclosure(false);

  const onDelete = () =>
    remove.mutateAsync(company.id, {
      onSuccess: () => {
        notifySuccess(t('detail.deleted', { name: company.name }));
        void navigate({ to: '/companies' });
      },
    });

  return (
    <>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="md" wrap="nowrap">
          <NameAvatar name={company.name} radius="md" size={56} />
          <div>
            <Title order={2} fw={650}>
              {company.name}
            </Title>
            <Group gap="xs">
              {company.domain ? (
                <Anchor size="sm" href={`https://${company.domain}`} target="_blank" rel="noopener noreferrer">
                  {company.domain}
                </Anchor>
              ) : null}
              <Text size="sm" c="dimmed">
                {t('detail.meta', { created: formatDateTime(company.createdAt, i18n.language), updated: formatDateTime(company.updatedAt, i18n.language) })}
              </Text>
            </Group>
          </div>
        </Group>
        {writable ? (
          <ConfirmButton
            leftSection={<IconTrash size={16} />}
            label={t('detail.delete')}
            title={t('detail.deleteTitle')}
            message={t('detail.deleteMessage', { name: company.name })}
            confirmLabel={t('detail.delete')}
            loading={remove.isPending}
            onConfirm={onDelete}
          />
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CompanyDetailsCard company={company} onEdit={writable ? open : undefined} />
            <CompanyPeople companyId={company.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <EntityTimeline entity="company" entityId={company.id} kinds={['note', 'field_change']} describeField={describeField} writable={writable} />
        </Grid.Col>
      </Grid>
      {writable ? <CompanyFormModal key={company.updatedAt} opened={editing} onClose={close} company={company} /> : null}
    </>
  );
}
