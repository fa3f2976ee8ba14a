import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useViewFilters } from '@/hooks/use-view-filters';
import { companiesQuery } from '@/lib/endpoints/companies';
import { BreakdownPanel } from './breakdown-panel';
import { CategoryChartPanel } from './category-chart-panel';
import { panelState, useNames } from './chart-hooks';
import { fortune500Chart } from './category-chart-definitions';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { zoneCountChart } from './time-chart-definitions';
import { toNamedCompanies } from './to-seda';

/** SEDA's named companies: sector filters apply; zone filters cannot, the chart is about SEDA. */
function SedaCompaniesPanel() {
  const { filters } = useViewFilters();
  const companies = useQuery(companiesQuery({ zones: ['cn-seda'], sectors: filters.sectors }));
  const { names, queries } = useNames();
  const shaped = useMemo(
    () => (companies.data && names ? toNamedCompanies(companies.data, names) : null),
    [companies.data, names],
  );
  return (
    <CategoryChartPanel
      id="seda-companies"
      title="Companies named at SEDA, by sector"
      subtitle="Number of companies named, Shenyang Economic and Technological Development Zone"
      state={panelState([companies, ...queries])}
      shaped={shaped}
      empty="No named SEDA companies in the selected sectors."
      scopeNote={filters.zones.length ? 'About SEDA only; the zone filter does not apply here.' : null}
      crossFilter
    />
  );
}

export function CompaniesPage() {
  return (
    <>
      <p className="page-lede">
        Companies and zones: an illustrative split by zone and sector of the one sourced company count
        (STZA&apos;s licensed enterprises, Aug 2022; no later count and no public breakdown exist), the zones
        reported over time, and SEDA&apos;s companies as its partners describe them.
      </p>
      <div className="chart-grid">
        <BreakdownPanel
          id="companies-by-zone"
          title="Companies by zone and sector (illustrative)"
          subtitle="Number of companies: an illustrative split of STZA's one sourced national count (Aug 2022)"
          indicatorId="zone-companies"
          unit="count"
          valueHeader="Companies (illustrative)"
          noun="companies"
          by="zone"
        />
        <DefinedTimeChart definition={zoneCountChart} />
        <DefinedCategoryChart definition={fortune500Chart} />
        <SedaCompaniesPanel />
      </div>
    </>
  );
}
