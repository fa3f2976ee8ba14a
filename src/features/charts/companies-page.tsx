import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { companiesByZoneChart, sedaCompaniesChart } from './breakdown-chart-definitions';
import { fortune500Chart } from './category-chart-definitions';
import styles from './chart-pages.module.css';
import { DefinedBreakdownChart } from './defined-breakdown-chart';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { zoneCountChart } from './companies-time-charts';

const messages = defineMessages({
  lede: {
    id: 'charts.companies.lede',
    defaultMessage:
      "Companies and zones: an illustrative split by zone and sector of the one sourced company count (STZA's licensed enterprises, Aug 2022; no later count and no public breakdown exist), the zones reported over time, and SEDA's companies as its partners describe them.",
    description:
      'Introduction of the companies page (STZA: Special Technology Zones Authority; SEDA: Shenyang Economic and Technological Development Zone).',
  },
});

export function CompaniesPage() {
  const locale = useLocale();
  return (
    <>
      <p className="page-lede">{locale.format(messages.lede)}</p>
      <div className={styles.grid}>
        <DefinedBreakdownChart definition={companiesByZoneChart} />
        <DefinedTimeChart definition={zoneCountChart} />
        <DefinedCategoryChart definition={fortune500Chart} />
        <DefinedBreakdownChart definition={sedaCompaniesChart} />
      </div>
    </>
  );
}
