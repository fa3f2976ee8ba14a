import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/language-provider';
import { PageHead } from '@/components/page-head';
import { useViewFilterValues } from '@/hooks/use-view-filter-values';
import { metaQueryOptions } from '@/lib/endpoints/meta';
import { zonesQuery } from '@/lib/endpoints/zones';
import { defineMessages } from '@/lib/messages';
import { hasBreakdownFilter } from '@/lib/view-filters';
import { kpiCards } from './kpi-cards';
import { KpiPlace } from './kpi-place';
import styles from './overview-page.module.css';

const messages = defineMessages({
  title: {
    id: 'overview.page.title',
    defaultMessage: 'Overview',
    description: 'Heading of the executive overview page.',
  },
  lede: {
    id: 'overview.page.lede',
    defaultMessage:
      'Key figures on Pakistan–China technology cooperation since the 2022 STZA–SEDA Letter of Intent. Every figure says where it comes from; where sources disagree, both are shown.',
    description: 'Introduction under the overview heading. STZA and SEDA are the two signatories.',
  },
  scope: {
    id: 'overview.page.scope',
    defaultMessage:
      'These key figures are national totals or single-zone facts: no source breaks them down by zone or sector, so they are shown unfiltered. The period filter applies. The charts, map and explore pages show the zone and sector breakdowns.',
    description: 'Note on the overview when zone or sector filters are set.',
  },
});

export function OverviewPage() {
  const filters = useViewFilterValues();
  const t = useLocale();
  const zones = useQuery(zonesQuery()).data;
  const meta = useQuery(metaQueryOptions()).data?.indicators;
  return (
    <section className="page" aria-labelledby="overview-title">
      <PageHead id="overview-title" title={t.format(messages.title)} lede={t.format(messages.lede)} />
      {hasBreakdownFilter(filters) && (
        <p className="scope-note" role="note">
          {t.format(messages.scope)}
        </p>
      )}
      <div className={styles.grid}>
        {kpiCards.map((card) => (
          <KpiPlace key={card.id} definition={card} filters={filters} zones={zones} meta={meta} />
        ))}
      </div>
    </section>
  );
}
