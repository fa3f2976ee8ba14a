import { render } from '@testing-library/react';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';

/**
 * Renders the whole app at a URL with a fresh QueryClient. Retries are off unless `retry` is set
 * (the fault matrix runs the production policy under fake timers); `persist` saves figures in
 * localStorage as the real app does.
 */
export function renderApp(
  url = '/',
  options: { persist?: boolean; retry?: boolean } = {},
): ReturnType<typeof render> & { queryClient: ReturnType<typeof createQueryClient> } {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient();
  if (!options.retry)
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { ...render(<App queryClient={queryClient} persist={options.persist} />), queryClient };
}
