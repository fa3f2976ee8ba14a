import { IsRestoringProvider, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { loadPersistence } from '@/components/deferred';
import { LanguageProvider } from '@/components/language-provider';

/**
 * Restores the saved figures (lazily loaded) before any query fetches, then keeps saving them.
 * Queries wait while `restoring`, so a first fetch never races the restore.
 */
function usePersistence(client: QueryClient, persist: boolean): boolean {
  const [restoring, setRestoring] = useState(persist);
  useEffect(() => {
    if (!persist) return;
    let cancelled = false;
    let stop = () => {};
    loadPersistence()
      .then((startPersistence) => startPersistence(client))
      .then((unsubscribe) => {
        if (cancelled) unsubscribe();
        else stop = unsubscribe;
      })
      .catch((error: unknown) => console.warn('[cache] saved figures are not available', error))
      .finally(() => {
        if (!cancelled) setRestoring(false);
      });
    return () => {
      cancelled = true;
      stop();
    };
  }, [client, persist]);
  return restoring;
}

export function Providers({
  client,
  persist = false,
  children,
}: {
  client: QueryClient;
  persist?: boolean;
  children: ReactNode;
}) {
  const restoring = usePersistence(client, persist);
  return (
    <QueryClientProvider client={client}>
      <IsRestoringProvider value={restoring}>
        <LanguageProvider>{children}</LanguageProvider>
      </IsRestoringProvider>
    </QueryClientProvider>
  );
}
