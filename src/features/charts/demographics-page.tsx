import { categoryCharts } from './category-chart-definitions';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { ageCharts, populationCharts } from './time-chart-definitions';

export function DemographicsPage() {
  return (
    <>
      <p className="page-lede">
        Pakistan&apos;s people beside China&apos;s: World Bank series over time, the 2017 and 2023 censuses
        where they disagree with it, age structure and the provinces.
      </p>
      <div className="chart-grid">
        {[...populationCharts, ...ageCharts].map((definition) => (
          <DefinedTimeChart key={definition.id} definition={definition} />
        ))}
        {categoryCharts.map((definition) => (
          <DefinedCategoryChart key={definition.id} definition={definition} />
        ))}
      </div>
    </>
  );
}
