import { AgePanels, CensusPanel, ProvincePanels } from './demographics-panels';
import { PopulationPanels } from './population-panels';

export function DemographicsPage() {
  return (
    <>
      <p className="page-lede">
        Pakistan&apos;s people beside China&apos;s: World Bank series over time, the 2017 and 2023 censuses
        where they disagree with it, age structure and the provinces.
      </p>
      <div className="chart-grid">
        <PopulationPanels />
        <AgePanels />
        <ProvincePanels />
        <CensusPanel />
      </div>
    </>
  );
}
