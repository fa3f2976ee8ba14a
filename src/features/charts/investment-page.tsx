import { useViewFilters } from '@/hooks/use-view-filters';
import { BreakdownPanel } from './breakdown-panel';
import { panelState, useMilestones, useObservations } from './chart-hooks';
import { seriesPaint } from './palette';
import { nationalScope, yearsEmptyText } from './scope';
import { periodRange } from './summaries';
import { TimeChartPanel } from './time-chart-panel';
import { toCpecChart } from './to-cpec';
import { toFdiChart } from './to-fdi';
import { ictExportsSeries, toFiscalBars } from './to-fiscal-bars';

function FdiPanel() {
  const { filters } = useViewFilters();
  const fdi = useObservations(
    { indicators: ['fdi-net-total', 'fdi-net-china'], geos: ['PAK'] },
    { breakdown: false },
  );
  const { markers } = useMilestones();
  const shaped = fdi.data ? toFdiChart(fdi.data, markers) : null;
  return (
    <TimeChartPanel
      id="fdi"
      indicators={['fdi-net-total', 'fdi-net-china']}
      title="Net FDI into Pakistan, all countries and from China"
      subtitle={`US dollars by fiscal year (July–June)${shaped ? `, ${periodRange(shaped.model.ticks.map((t) => t.label))}` : ''}; China's share above its bars`}
      state={panelState([fdi])}
      shaped={shaped}
      empty={yearsEmptyText('FDI figures')}
      scopeNote={nationalScope(filters)}
      height={380}
    />
  );
}

function CpecPanel() {
  const { filters } = useViewFilters();
  const cpec = useObservations({ indicators: ['cpec-headline'] }, { breakdown: false });
  const { markers } = useMilestones();
  return (
    <TimeChartPanel
      id="cpec"
      indicators={['cpec-headline']}
      title="CPEC headline figures"
      subtitle="US dollars, at the date each figure was stated; separate statements, not a series"
      state={panelState([cpec])}
      shaped={cpec.data ? toCpecChart(cpec.data, markers) : null}
      empty={yearsEmptyText('CPEC headline figures')}
      scopeNote={nationalScope(filters)}
    />
  );
}

/** SBP's ICT remittances and PBS's IT exports: two series, two charts, never one axis. */
function ExportPanels() {
  const { filters } = useViewFilters();
  const exports = useObservations(
    { indicators: ['ict-exports', 'pbs-it-exports'], geos: ['PAK'] },
    { breakdown: false },
  );
  const { markers } = useMilestones();
  const state = panelState([exports]);
  const ict = exports.data ? toFiscalBars(exports.data, 'ict-exports', ictExportsSeries, markers) : null;
  const pbs = exports.data
    ? toFiscalBars(
        exports.data,
        'pbs-it-exports',
        {
          label: 'IT services exports (PBS)',
          paint: seriesPaint.total,
          subject: 'PBS counted IT services exports of',
        },
        markers,
      )
    : null;
  const span = (s: typeof ict) => (s ? `, ${periodRange(s.model.ticks.map((t) => t.label))}` : '');
  return (
    <>
      <TimeChartPanel
        id="ict-exports"
        indicators={['ict-exports']}
        title="ICT export remittances (State Bank series)"
        subtitle={`US dollars by fiscal year${span(ict)}; telecom, computer and information services`}
        state={state}
        shaped={ict}
        empty={yearsEmptyText('ICT export figures')}
        scopeNote={nationalScope(filters)}
      />
      <TimeChartPanel
        id="pbs-it-exports"
        indicators={['pbs-it-exports']}
        title="IT services exports (PBS series)"
        subtitle={`US dollars by fiscal year${span(pbs)}; a different series from the State Bank's, so charted apart`}
        state={state}
        shaped={pbs}
        empty={yearsEmptyText('PBS IT export figures')}
        scopeNote={nationalScope(filters)}
      />
    </>
  );
}

export function InvestmentPage() {
  return (
    <>
      <p className="page-lede">
        Money flows: net foreign direct investment and China&apos;s part in it, ICT exports, CPEC&apos;s
        headline figures as stated, and an illustrative split of zone developers&apos; investment.
      </p>
      <div className="chart-grid">
        <FdiPanel />
        <CpecPanel />
        <ExportPanels />
        <BreakdownPanel
          id="zone-investment"
          title="Zone developers' investment by zone and sector (illustrative)"
          subtitle="Pakistani rupees, four zones notified in Aug 2024"
          indicatorId="zone-investment"
          unit="PKR"
          valueHeader="Investment (PKR, illustrative)"
          by="zone"
        />
      </div>
    </>
  );
}
