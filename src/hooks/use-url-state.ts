import { createLoader, createSerializer, type inferParserType, type ParserMap } from 'nuqs/server';
import { useCallback, useMemo } from 'react';
import { useSearch } from 'wouter';

/**
 * URL state for what the first screen shows (the theme, the language, the overview's filters),
 * with nuqs' parsers and serializer but without its hooks and adapter, which stay out of the first
 * load: the lazily loaded pages and the filter bar bring them (app/routes.ts, `lazyNamed`). Reads
 * follow wouter's `useSearch`, which sees every history change, nuqs' writes included; writes
 * replace the history entry, and nuqs reads the address afresh when it next writes.
 */
export function urlState<P extends ParserMap>(parsers: P) {
  const load = createLoader(parsers);
  const serialize = createSerializer(parsers);
  return function useUrlState() {
    const search = useSearch();
    const values = useMemo(() => load(new URLSearchParams(search)), [search]);
    const setValues = useCallback((patch: Partial<inferParserType<P>>) => {
      const { pathname, search: current, hash } = window.location;
      window.history.replaceState(window.history.state, '', serialize(`${pathname}${current}${hash}`, patch));
    }, []);
    return [values, setValues] as const;
  };
}
