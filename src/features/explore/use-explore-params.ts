import { parseAsArrayOf, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';

/** The explore page's own view state, in the URL beside the shared filters. Defaults are not written. */
const exploreParsers = {
  indicator: parseAsString,
  sort: parseAsString,
  hide: parseAsArrayOf(parseAsString).withDefault([]),
  compare: parseAsArrayOf(parseAsString).withDefault([]),
  measure: parseAsString.withDefault('zone-companies'),
  base: parseAsInteger,
};

export function useExploreParams() {
  return useQueryStates(exploreParsers, { history: 'replace' });
}

/** "value.desc" ⇄ [{ id: 'value', desc: true }] */
export function parseSort(text: string | null): { id: string; desc: boolean }[] {
  if (!text) return [];
  const [id, dir] = text.split('.');
  return id ? [{ id, desc: dir === 'desc' }] : [];
}

export function formatSort(sorting: readonly { id: string; desc: boolean }[]): string | null {
  const first = sorting[0];
  return first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : null;
}
