import { BreakdownPanel } from './breakdown-panel';
import { DefinedTimeChart } from './defined-time-chart';
import { cpecChart, fdiChart, ictExportsChart, pbsExportsChart } from './time-chart-definitions';

export function InvestmentPage() {
  return (
    <>
      <p className="page-lede">
        Money flows: net foreign direct investment and China&apos;s part in it, ICT exports, CPEC&apos;s
        headline figures as stated, and an illustrative split of zone developers&apos; investment.
      </p>
      <div className="chart-grid">
        {[fdiChart, cpecChart, ictExportsChart, pbsExportsChart].map((definition) => (
          <DefinedTimeChart key={definition.id} definition={definition} />
        ))}
        <BreakdownPanel
          id="zone-investment"
          title="Zone developers' investment by zone and sector (illustrative)"
          subtitle="Pakistani rupees: an illustrative split of the zone developers' one sourced total"
          indicatorId="zone-investment"
          unit="PKR"
          valueHeader="Investment (PKR, illustrative)"
          by="zone"
        />
      </div>
    </>
  );
}
