// What `use-sync-external-store/shim` resolves to (vite.config.ts): React 19's own hook, so the
// first load carries no copy of the shim for React < 18 that wouter imports.
export { useSyncExternalStore } from 'react';
