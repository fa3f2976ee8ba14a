import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { companiesPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

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
        <DefinedCharts charts={companiesPage} />
      </div>
    </>
  );
}
