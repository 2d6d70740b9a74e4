import { Tabs } from '@mantine/core';
import type { Segment, SegmentGroup } from '@rapport/contracts';
import { IconChartPieOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordPage } from '../../../ui/RecordPage';
import { canWrite, useRole } from '../../auth';
import { useSegment } from '../api/segments';
import { DefinitionTab } from '../components/detail/DefinitionTab';
import { HistoryTab } from '../components/detail/HistoryTab';
import { ListMembersEditor } from '../components/detail/ListMembersEditor';
import { MembersTab } from '../components/detail/MembersTab';
import { SegmentHeader } from '../components/detail/SegmentHeader';
import { SettingsTab } from '../components/detail/SettingsTab';
import { segmentTabs, type SegmentTab } from '../search';

const route = getRouteApi('/_app/segments/$segmentId');

export function SegmentDetailPage() {
  const { t } = useTranslation('segments');
  const { segmentId } = route.useParams();
  return (
    <RecordPage
      query={useSegment(segmentId)}
      backTo="/segments"
      backLabel={t('detail.back')}
      notFound={{ icon: <IconChartPieOff size={28} />, title: t('detail.notFound'), hint: t('detail.notFoundHint') }}
    >
      {(segment) => <SegmentView key={segment.id} segment={segment} />}
    </RecordPage>
  );
}

/** Header with size and actions; members, the definition (or the list's editing), history and settings in tabs. */
function SegmentView({ segment }: { segment: Segment }) {
  const { t } = useTranslation('segments');
  const writable = canWrite(useRole());
  const { tab = 'members' } = route.useSearch();
  const navigate = route.useNavigate();
  const isList = segment.kind === 'static';
  const [draft, setDraft] = useState<SegmentGroup | null>(null);
  const shown = segmentTabs.filter((k) => writable || (k !== 'settings' && (k !== 'definition' || !isList)));

  return (
    <>
      <SegmentHeader segment={segment} writable={writable} />
      <Tabs value={shown.includes(tab) ? tab : 'members'} onChange={(v) => void navigate({ search: { tab: (v ?? 'members') as SegmentTab }, replace: true })} keepMounted={false}>
        <Tabs.List>
          {shown.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`tab-${k}`}>
              {k === 'definition' && isList ? t('tabs.editList') : t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersTab segment={segment} />
        </Tabs.Panel>
        <Tabs.Panel value="definition" pt="md">
          {isList ? <ListMembersEditor segment={segment} /> : <DefinitionTab segment={segment} writable={writable} draft={draft} onDraft={setDraft} />}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab segmentId={segment.id} />
        </Tabs.Panel>
        {writable ? (
          <Tabs.Panel value="settings" pt="md">
            <SettingsTab segment={segment} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
