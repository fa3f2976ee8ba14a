import { zoneInvestmentChart } from './breakdown-chart-definitions';
import styles from './chart-pages.module.css';
import { DefinedBreakdownChart } from './defined-breakdown-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { investmentTimeCharts } from './investment-time-charts';

export function InvestmentPage() {
  return (
    <div className={styles.grid}>
      {investmentTimeCharts.map((definition) => (
        <DefinedTimeChart key={definition.id} definition={definition} />
      ))}
      <DefinedBreakdownChart definition={zoneInvestmentChart} />
    </div>
  );
}
