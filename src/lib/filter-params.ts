// From 'nuqs/server' (the parsers without nuqs' hooks): the first screen reads the filters with
// these (hooks/use-view-filter-values.ts), and the lazily loaded filter bar and pages read and
// write them through nuqs (hooks/use-view-filters.ts).
import { parseAsArrayOf, parseAsInteger, parseAsString } from 'nuqs/server';

/** URL keys and parsers (nuqs): ?zone=a,b&sector=x&from=2021&to=2025. Defaults are never written. */
export const filterParsers = {
  zone: parseAsArrayOf(parseAsString).withDefault([]),
  sector: parseAsArrayOf(parseAsString).withDefault([]),
  from: parseAsInteger,
  to: parseAsInteger,
};
