import { useSyncExternalStore } from 'react';

/** The rehearsal faults the demo API actually applies, and the parts of `?fault=` it could not use. */
export interface DemoFaults {
  active: string[];
  ignored: string[];
}

let current: DemoFaults = { active: [], ignored: [] };
const listeners = new Set<() => void>();

/** Called once the demo API has started (src/main.tsx), with what it made of `?fault=`. */
export function reportDemoFaults(faults: DemoFaults): void {
  current = faults;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useDemoFaults = (): DemoFaults => useSyncExternalStore(subscribe, () => current);
