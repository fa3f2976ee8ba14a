import { categoryCharts } from './category-chart-definitions';
import styles from './chart-pages.module.css';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { demographicsTimeCharts } from './demographics-time-charts';

export function DemographicsPage() {
  return (
    <div className={styles.grid}>
      {demographicsTimeCharts.map((definition) => (
        <DefinedTimeChart key={definition.id} definition={definition} />
      ))}
      {categoryCharts.map((definition) => (
        <DefinedCategoryChart key={definition.id} definition={definition} />
      ))}
    </div>
  );
}
