import type { QueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { LoadBoundary } from '@/components/load-boundary';
import { LoadFailed } from '@/components/load-failed';
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

/**
 * A page whose code could not load (offline on a cold cache, a deploy that replaced it) says so in
 * the page's place, with a reload; the header and navigation keep working, and choosing
 * another page clears it.
 */
function PageBoundary({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  return (
    <LoadBoundary
      resetKey={path}
      fallback={(error) => (
        <section className="page">
          <LoadFailed error={error} />
        </section>
      )}
    >
      {children}
    </LoadBoundary>
  );
}

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
              <PageBoundary>
                <Suspense fallback={pageFallback}>
                  <route.component />
                </Suspense>
              </PageBoundary>
            </Route>
          ))}
        <Route>
          <AppShell>
            <PageBoundary>
              <Suspense fallback={shellPageFallback}>
                <Switch>
                  {routes
                    .filter((route) => route.chrome !== false)
                    .map((route) => (
                      <Route
                        key={route.path}
                        path={route.path}
                        nest={route.nest}
                        component={route.component}
                      />
                    ))}
                  <Route component={NotFound} />
                </Switch>
              </Suspense>
            </PageBoundary>
          </AppShell>
        </Route>
      </Switch>
    </Providers>
  );
}
