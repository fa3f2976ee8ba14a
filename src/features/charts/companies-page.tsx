import { companiesPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

export function CompaniesPage() {
  return (
    <div className={styles.grid}>
      <DefinedCharts charts={companiesPage} />
    </div>
  );
}
