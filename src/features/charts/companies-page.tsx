import { companiesByZoneChart, sedaCompaniesChart } from './breakdown-chart-definitions';
import { fortune500Chart } from './category-chart-definitions';
import styles from './chart-pages.module.css';
import { DefinedBreakdownChart } from './defined-breakdown-chart';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { zoneCountChart } from './companies-time-charts';

export function CompaniesPage() {
  return (
    <div className={styles.grid}>
      <DefinedBreakdownChart definition={companiesByZoneChart} />
      <DefinedTimeChart definition={zoneCountChart} />
      <DefinedCategoryChart definition={fortune500Chart} />
      <DefinedBreakdownChart definition={sedaCompaniesChart} />
    </div>
  );
}
