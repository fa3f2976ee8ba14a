import { investmentPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

export function InvestmentPage() {
  return (
    <div className={styles.grid}>
      <DefinedCharts charts={investmentPage} />
    </div>
  );
}
