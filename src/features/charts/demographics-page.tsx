import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { categoryCharts } from './category-chart-definitions';
import styles from './chart-pages.module.css';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';
import { demographicsTimeCharts } from './demographics-time-charts';

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
        {demographicsTimeCharts.map((definition) => (
          <DefinedTimeChart key={definition.id} definition={definition} />
        ))}
        {categoryCharts.map((definition) => (
          <DefinedCategoryChart key={definition.id} definition={definition} />
        ))}
      </div>
    </>
  );
}
