import { Suspense } from 'react';
import { LazyProvenanceLegend } from './deferred';

/**
 * The footer's "How to read the badges": below the first screen, so its badges and wording come
 * with the after-first-paint chunk rather than the first load. Nothing shows if that chunk fails.
 */
export function ProvenanceLegend() {
  return (
    <Suspense fallback={null}>
      <LazyProvenanceLegend />
    </Suspense>
  );
}
