import { demographicsPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

export function DemographicsPage() {
  return (
    <div className={styles.grid}>
      <DefinedCharts charts={demographicsPage} />
    </div>
  );
}
