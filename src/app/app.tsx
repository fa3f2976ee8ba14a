import type { QueryClient } from '@tanstack/react-query';
import { Route, Switch } from 'wouter';
import { AppShell } from './app-shell';
import { NotFound } from './not-found';
import { Providers } from './providers';
import { routes } from './routes';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <Providers client={queryClient}>
      <AppShell>
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={route.path} component={route.component} />
          ))}
          <Route component={NotFound} />
        </Switch>
      </AppShell>
    </Providers>
  );
}
