import { render } from '@testing-library/react';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';

/**
 * Renders the whole app at a URL with a fresh QueryClient. Retries are off so a failing
 * scenario shows its error at once; the production retry policy is tested on its own.
 */
export function renderApp(
  url = '/',
): ReturnType<typeof render> & { queryClient: ReturnType<typeof createQueryClient> } {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}
