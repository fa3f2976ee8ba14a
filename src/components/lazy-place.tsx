import { Suspense, type ReactNode } from 'react';
import { LoadBoundary } from './load-boundary';
import { LoadFailed } from './load-failed';

/**
 * A lazily loaded piece in its place: `loading` while its code arrives, and if the code cannot
 * arrive, a failure that says so in the piece's place while the rest of the page keeps working.
 */
export function LazyPlace({
  loading,
  compact = false,
  children,
}: {
  loading: ReactNode;
  compact?: boolean;
  children: ReactNode;
}) {
  return (
    <LoadBoundary fallback={(error) => <LoadFailed error={error} compact={compact} />}>
      <Suspense fallback={loading}>{children}</Suspense>
    </LoadBoundary>
  );
}
