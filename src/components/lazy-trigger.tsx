import { Suspense, useState, type ReactNode } from 'react';
import { LoadBoundary } from './load-boundary';
import { LoadFailed } from './load-failed';
import styles from './lazy-trigger.module.css';

interface LazyTriggerProps {
  className: string | undefined;
  popup: 'dialog' | 'menu';
  /** The button's content, the same as the real trigger's. */
  label: ReactNode;
  /** Starts loading the real trigger: called when the pointer comes over the button or it takes focus. */
  preload: () => unknown;
  /** The real trigger (lazy), rendered open once the button is first pressed. */
  children: ReactNode;
}

/**
 * A plain HTML button standing in for a React Aria popup trigger until a reader first presses it:
 * React Aria (about 50 KB, and 70 ms of a slow phone's main thread to start) then loads, and the
 * popup opens at once. Most visits never open these, so most pages never load it.
 */
export function LazyTrigger({ className, popup, label, preload, children }: LazyTriggerProps) {
  const [used, setUsed] = useState(false);
  // Loading ahead is a head start only: if it fails, pressing the button says so in its place.
  const warm = () => void Promise.resolve(preload()).catch(() => undefined);
  const button = (
    <button
      type="button"
      className={className}
      aria-haspopup={popup}
      aria-expanded={false}
      onPointerEnter={warm}
      onFocus={warm}
      onClick={() => setUsed(true)}
    >
      {label}
    </button>
  );
  if (!used) return button;
  return (
    <LoadBoundary
      fallback={(error) => (
        <div className={styles.failed}>
          {button}
          <LoadFailed error={error} compact />
        </div>
      )}
    >
      <Suspense fallback={button}>{children}</Suspense>
    </LoadBoundary>
  );
}
