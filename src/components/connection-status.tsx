import { useOnline } from '@/hooks/use-online';
import { Suspense } from 'react';
import { LazyServiceStatus } from './deferred';

/**
 * One line for the whole page when it matters to every panel: offline, a service that has stopped
 * answering (its circuit is open), or records that were left out of an answer.
 */
export function ConnectionStatus() {
  const online = useOnline();
  if (!online)
    return (
      <p className="connection-status" role="status">
        You are offline. Figures already loaded stay on screen; the rest will load when the connection
        returns.
      </p>
    );
  return (
    <Suspense fallback={null}>
      <LazyServiceStatus />
    </Suspense>
  );
}
