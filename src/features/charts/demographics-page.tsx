import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { demographicsPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

const messages = defineMessages({
  lede: {
    id: 'charts.demographics.lede',
    defaultMessage:
      "Pakistan's people beside China's: World Bank series over time, the 2017 and 2023 censuses where they disagree with it, age structure and the provinces.",
    description: 'Introduction of the demographics page.',
  },
});

export function DemographicsPage() {
  const locale = useLocale();
  return (
    <>
      <p className="page-lede">{locale.format(messages.lede)}</p>
      <div className={styles.grid}>
        <DefinedCharts charts={demographicsPage} />
      </div>
    </>
  );
}
