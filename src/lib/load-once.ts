/**
 * A loader (`() => import(…)`) that loads once: later calls share the first promise, and a failed
 * load is forgotten so that the next call tries again (offline on a cold cache, say). Each bare
 * `import()` goes through Vite's preload helper; a page that starts twenty requests at once asked
 * it some eighty times in one task for the same few chunks.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
