import './charts.css';
import type { ComponentType } from 'react';
import { Link, Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { CompaniesPage } from './companies-page';
import { DemographicsPage } from './demographics-page';
import { InvestmentPage } from './investment-page';

interface Family {
  path: string;
  label: string;
  component: ComponentType;
}

/** The indicator families, each its own page under /charts (a nested wouter route). */
const families: readonly Family[] = [
  { path: '/demographics', label: 'Demographics', component: DemographicsPage },
  { path: '/investment', label: 'Investment flows', component: InvestmentPage },
  { path: '/companies', label: 'Company counts', component: CompaniesPage },
];

export function ChartsPage() {
  const [location] = useLocation();
  const search = useSearch();
  // Filters and views travel with the sub-navigation, so switching family keeps the selection.
  const query = search ? `?${search}` : '';
  const current = families.find((f) => f.path === location);
  return (
    <section className="page charts-page" aria-labelledby="charts-title">
      <div className="page-head">
        <h2 id="charts-title" className="page-title">
          Charts{current && `: ${current.label}`}
        </h2>
        <nav className="charts-nav" aria-label="Indicator families">
          <ul>
            {families.map((f) => (
              <li key={f.path}>
                <Link href={`${f.path}${query}`} aria-current={f === current ? 'page' : undefined}>
                  {f.label}
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
            There is no chart family at this address. Choose one above, or{' '}
            <Link href={`/demographics${query}`}>open Demographics</Link>.
          </p>
        </Route>
      </Switch>
    </section>
  );
}
