import type { ComponentType } from 'react';
import { Link, Redirect, Route, Switch, useSearch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import { ChartsHead, chartFamilies } from './charts-head';
import { CompaniesPage } from './companies-page';
import { DemographicsPage } from './demographics-page';
import { InvestmentPage } from './investment-page';

const messages = defineMessages({
  notFound: {
    id: 'charts.page.not-found',
    defaultMessage:
      'There is no chart family at this address. Choose one above, or <link>open Demographics</link>.',
    description: 'Shown at an unknown /charts/… address; link goes to the demographics page.',
  },
});

/** Each family's charts, by its path in charts-head.tsx (heading, tabs and lede live there). */
const pages: Record<string, ComponentType> = {
  '/demographics': DemographicsPage,
  '/investment': InvestmentPage,
  '/companies': CompaniesPage,
};

export function ChartsPage() {
  const locale = useLocale();
  const search = useSearch();
  const query = search ? `?${search}` : '';
  return (
    <section className="page" aria-labelledby="charts-title">
      <ChartsHead />
      <Switch>
        {chartFamilies.map((f) => (
          <Route key={f.path} path={f.path} component={pages[f.path]} />
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
