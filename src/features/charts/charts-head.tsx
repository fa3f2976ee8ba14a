import { Link, useLocation, useSearch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import styles from './charts-head.module.css';

const messages = defineMessages({
  demographics: {
    id: 'charts.page.demographics',
    defaultMessage: 'Demographics',
    description: 'Tab: population charts.',
  },
  investment: {
    id: 'charts.page.investment',
    defaultMessage: 'Investment flows',
    description: 'Tab: money charts.',
  },
  companies: {
    id: 'charts.page.companies',
    defaultMessage: 'Company counts',
    description: 'Tab: company and zone charts.',
  },
  // Two plain messages rather than one select: the head paints before the message formatter loads.
  title: {
    id: 'charts.page.title-all',
    defaultMessage: 'Charts',
    description: 'Page heading of the charts pages when no chart family is chosen.',
  },
  titleFamily: {
    id: 'charts.page.title-family',
    defaultMessage: 'Charts: {family}',
    description: 'Page heading of a charts page; family is the chosen tab ("Demographics").',
  },
  nav: {
    id: 'charts.page.nav',
    defaultMessage: 'Indicator families',
    description: 'Accessible name of the tabs between the chart pages.',
  },
  demographicsLede: {
    id: 'charts.demographics.lede',
    defaultMessage:
      "Pakistan's people beside China's: World Bank series over time, the 2017 and 2023 censuses where they disagree with it, age structure and the provinces.",
    description: 'Introduction of the demographics page.',
  },
  investmentLede: {
    id: 'charts.investment.lede',
    defaultMessage:
      "Money flows: net foreign direct investment and China's part in it, ICT exports, CPEC's headline figures as stated, and an illustrative split of zone developers' investment.",
    description: 'Introduction of the investment page (CPEC: China–Pakistan Economic Corridor).',
  },
  companiesLede: {
    id: 'charts.companies.lede',
    defaultMessage:
      "Companies and zones: an illustrative split by zone and sector of the one sourced company count (STZA's licensed enterprises, Aug 2022; no later count and no public breakdown exist), the zones reported over time, and SEDA's companies as its partners describe them.",
    description:
      'Introduction of the companies page (STZA: Special Technology Zones Authority; SEDA: Shenyang Economic and Technological Development Zone).',
  },
});

export interface ChartFamilyHead {
  path: string;
  label: MessageDescriptor;
  lede: MessageDescriptor;
}

/** The indicator families, each its own page under /charts (a nested wouter route). */
export const chartFamilies: readonly ChartFamilyHead[] = [
  { path: '/demographics', label: messages.demographics, lede: messages.demographicsLede },
  { path: '/investment', label: messages.investment, lede: messages.investmentLede },
  { path: '/companies', label: messages.companies, lede: messages.companiesLede },
];

/**
 * Heading, family tabs and lede of the charts pages. In the first load: the shell shows it while
 * the charts chunk loads (app/routes.ts), so the page's largest text paints as early as the overview's.
 * Rendered inside the /charts route (nested), by the page and by the shell alike.
 */
export function ChartsHead() {
  const locale = useLocale();
  const [location] = useLocation();
  const search = useSearch();
  // Filters and views travel with the sub-navigation, so switching family keeps the selection.
  const query = search ? `?${search}` : '';
  const current = chartFamilies.find((f) => f.path === location);
  return (
    <>
      <div className="page-head">
        <h2 id="charts-title" className="page-title">
          {current
            ? locale.format(messages.titleFamily, { family: locale.format(current.label) })
            : locale.format(messages.title)}
        </h2>
        <nav className={styles.nav} aria-label={locale.format(messages.nav)}>
          <ul>
            {chartFamilies.map((f) => (
              <li key={f.path}>
                <Link href={`${f.path}${query}`} aria-current={f === current ? 'page' : undefined}>
                  {locale.format(f.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {current && <p className="page-lede">{locale.format(current.lede)}</p>}
    </>
  );
}
