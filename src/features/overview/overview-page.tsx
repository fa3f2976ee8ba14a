import './overview.css';
import { kpiDefinitions } from './kpi-definitions';
import { KpiSlot } from './kpi-slot';

export function OverviewPage() {
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
      <div className="kpi-grid">
        {kpiDefinitions.map((definition) => (
          <KpiSlot key={definition.id} definition={definition} />
        ))}
      </div>
    </section>
  );
}
