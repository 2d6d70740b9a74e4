import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';
import { areas, type ComingSoonArea } from './navigation';

/** Route component for every area that is not built yet. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const Icon = areas.find((a) => a.id === area)?.icon;
  const title = t(`nav.${area}`);
  return (
    <>
      <PageHeader title={title} description={t(`areaDescriptions.${area}`)} />
      <ComingSoon title={title} icon={Icon ? <Icon size={30} stroke={1.5} /> : null} />
    </>
  );
}
