import { useCallback, useMemo } from 'react';
import { useSearch } from 'wouter';
import { withParam } from '@/lib/url-read';

/**
 * URL state for what the first screen shows (the theme, the language, the overview's filters),
 * read with `lib/url-read.ts` rather than nuqs, which stays out of the first load: the lazily
 * loaded pages and the filter bar bring it (app/routes.ts, `lazyNamed`). Reads follow wouter's
 * `useSearch`, which sees every history change, nuqs' writes included; writes replace the history
 * entry, and nuqs reads the address afresh when it next writes.
 */
export function urlState<T>(read: (params: URLSearchParams) => T) {
  return function useUrlState() {
    const search = useSearch();
    const values = useMemo(() => read(new URLSearchParams(search)), [search]);
    const setParam = useCallback((key: string, value: string | null) => {
      const { pathname, search: current, hash } = window.location;
      window.history.replaceState(
        window.history.state,
        '',
        `${pathname}${withParam(current, key, value)}${hash}`,
      );
    }, []);
    return [values, setParam] as const;
  };
}
