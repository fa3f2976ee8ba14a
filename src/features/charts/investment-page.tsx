import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { investmentPage } from './chart-tables';
import styles from './chart-pages.module.css';
import { DefinedCharts } from './defined-chart';

const messages = defineMessages({
  lede: {
    id: 'charts.investment.lede',
    defaultMessage:
      "Money flows: net foreign direct investment and China's part in it, ICT exports, CPEC's headline figures as stated, and an illustrative split of zone developers' investment.",
    description: 'Introduction of the investment page (CPEC: China–Pakistan Economic Corridor).',
  },
});

export function InvestmentPage() {
  const locale = useLocale();
  return (
    <>
      <p className="page-lede">{locale.format(messages.lede)}</p>
      <div className={styles.grid}>
        <DefinedCharts charts={investmentPage} />
      </div>
    </>
  );
}
