import './overview.css';
import { useViewFilterValues } from '@/hooks/use-view-filter-values';
import { hasBreakdownFilter } from '@/lib/view-filters';
import { kpiCards } from './kpi-cards';
import { KpiSlot } from './kpi-slot';

export function OverviewPage() {
  const filters = useViewFilterValues();
  return (
    <section className="page" aria-labelledby="overview-title">
      <div className="page-head">
        <h2 id="overview-title" className="page-title">
          Overview
        </h2>
        <p className="page-lede">
          Key figures on Pakistan–China technology cooperation since the 2022 STZA–SEDA Letter of Intent.
          Every figure says where it comes from; where sources disagree, both are shown.
        </p>
      </div>
      {hasBreakdownFilter(filters) && (
        <p className="scope-note" role="note">
          These key figures are national totals or single-zone facts: no source breaks them down by zone or
          sector, so they are shown unfiltered. The period filter applies. The charts, map and explore pages
          show the zone and sector breakdowns.
        </p>
      )}
      <div className="kpi-grid">
        {kpiCards.map((card) => (
          <KpiSlot key={card.id} definition={card} filters={filters} />
        ))}
      </div>
    </section>
  );
}
