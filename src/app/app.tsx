import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { LoadingBlock } from '@/components/panel-states';
import { defineMessages } from '@/lib/messages';
import { AppShell, preloadShell } from './app-shell';
import { Providers } from './providers';
import { lazyNamed, preloadPage, routes } from './routes';

// Only a mistyped address needs it: not part of the first load.
const NotFound = lazyNamed(() => import('./not-found'), 'NotFound');
const messages = defineMessages({
  page: {
    id: 'shell.loading.page',
    defaultMessage: 'the page',
    description: 'What is loading while a page arrives: completes "Still loading {what}…".',
  },
});

function PageFallback() {
  const t = useLocale();
  return <LoadingBlock label={t.format(messages.page)} lines={6} />;
}

const pageFallback = <PageFallback />;

/** While a page's chunk loads: its heading and lede (routes.ts `head`), in the route it will fill. */
const shellPageFallback = (
  <Switch>
    {routes
      .filter((route) => route.chrome !== false && route.head)
      .map(({ path, nest, head: Head = PageFallback }) => (
        <Route key={path} path={path} nest={nest}>
          <section className="page">
            <Head />
            {pageFallback}
          </section>
        </Route>
      ))}
    <Route>{pageFallback}</Route>
  </Switch>
);

/**
 * Everything the first render of this page needs, so that it draws the page its prerendered copy
 * shows (scripts/prerender.mjs) and not a loading state in between.
 */
export function preloadFirstScreen(pathname: string): Promise<void> {
  return Promise.all([preloadPage(pathname), preloadShell()]).then(() => undefined);
}

/** `persist` saves figures in the browser for the next visit (off in most tests, on in the app). */
export function App({ queryClient, persist = false }: { queryClient: QueryClient; persist?: boolean }) {
  return (
    <Providers client={queryClient} persist={persist}>
      <Switch>
        {routes
          .filter((route) => route.chrome === false)
          .map((route) => (
            <Route key={route.path} path={route.path} nest={route.nest}>
              <Suspense fallback={pageFallback}>
                <route.component />
              </Suspense>
            </Route>
          ))}
        <Route>
          <AppShell>
            <Suspense fallback={shellPageFallback}>
              <Switch>
                {routes
                  .filter((route) => route.chrome !== false)
                  .map((route) => (
                    <Route key={route.path} path={route.path} nest={route.nest} component={route.component} />
                  ))}
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </AppShell>
        </Route>
      </Switch>
    </Providers>
  );
}
