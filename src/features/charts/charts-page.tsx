import type { ComponentType } from 'react';
import { Link, Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import styles from './charts-page.module.css';
import { CompaniesPage } from './companies-page';
import { DemographicsPage } from './demographics-page';
import { InvestmentPage } from './investment-page';

interface Family {
  path: string;
  label: MessageDescriptor;
  component: ComponentType;
}

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
  title: {
    id: 'charts.page.title',
    defaultMessage: '{family, select, none {Charts} other {Charts: {family}}}',
    description: 'Page heading; family is the chosen tab ("Demographics") or none.',
  },
  nav: {
    id: 'charts.page.nav',
    defaultMessage: 'Indicator families',
    description: 'Accessible name of the tabs between the chart pages.',
  },
  notFound: {
    id: 'charts.page.not-found',
    defaultMessage:
      'There is no chart family at this address. Choose one above, or <link>open Demographics</link>.',
    description: 'Shown at an unknown /charts/… address; link goes to the demographics page.',
  },
});

/** The indicator families, each its own page under /charts (a nested wouter route). */
const families: readonly Family[] = [
  { path: '/demographics', label: messages.demographics, component: DemographicsPage },
  { path: '/investment', label: messages.investment, component: InvestmentPage },
  { path: '/companies', label: messages.companies, component: CompaniesPage },
];

export function ChartsPage() {
  const locale = useLocale();
  const [location] = useLocation();
  const search = useSearch();
  // Filters and views travel with the sub-navigation, so switching family keeps the selection.
  const query = search ? `?${search}` : '';
  const current = families.find((f) => f.path === location);
  return (
    <section className="page" aria-labelledby="charts-title">
      <div className="page-head">
        <h2 id="charts-title" className="page-title">
          {locale.format(messages.title, { family: current ? locale.format(current.label) : 'none' })}
        </h2>
        <nav className={styles.nav} aria-label={locale.format(messages.nav)}>
          <ul>
            {families.map((f) => (
              <li key={f.path}>
                <Link href={`${f.path}${query}`} aria-current={f === current ? 'page' : undefined}>
                  {locale.format(f.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Switch>
        {families.map((f) => (
          <Route key={f.path} path={f.path} component={f.component} />
        ))}
        <Route path="/">
          <Redirect to={`/demographics${query}`} replace />
        </Route>
        <Route>
          <p>
            {locale.formatRich(messages.notFound, {
              link: (chunks) => (
                <Link key="link" href={`/demographics${query}`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Route>
      </Switch>
    </section>
  );
}
