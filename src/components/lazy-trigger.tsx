import { Suspense, useState, type ReactNode } from 'react';

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
  const button = (
    <button
      type="button"
      className={className}
      aria-haspopup={popup}
      aria-expanded={false}
      onPointerEnter={() => void preload()}
      onFocus={() => void preload()}
      onClick={() => setUsed(true)}
    >
      {label}
    </button>
  );
  if (!used) return button;
  return <Suspense fallback={button}>{children}</Suspense>;
}
