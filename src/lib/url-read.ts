/**
 * Reading and writing the few URL parameters the first screen needs (the overview's filters, the
 * theme, the language and number style) without nuqs, whose module (with its debug tables and every
 * parser) stays out of the first load. Same syntax as the nuqs parsers the rest of the app uses
 * (`lib/filter-params.ts`, `app/url-check.tsx`): url-read.test.ts checks they agree.
 */
import type { ViewFilters } from './view-filters';

/** `parseAsArrayOf(parseAsString)`: comma-separated, `%2C` inside an item; absent or empty is []. */
function readList(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  if (!value) return [];
  return value.split(',').map((item) => item.replaceAll('%2C', ','));
}

/** `parseAsInteger`: what `parseInt` makes of it, null when absent or not a number. */
function readInteger(params: URLSearchParams, key: string): number | null {
  const value = params.get(key);
  if (!value) return null;
  const n = parseInt(value);
  return Number.isNaN(n) ? null : n;
}

/** `parseAsStringLiteral(options)`: one of the options, else null. */
export function readLiteral<T extends string>(
  params: URLSearchParams,
  key: string,
  options: readonly T[],
): T | null {
  const value = params.get(key);
  return options.find((option) => option === value) ?? null;
}

/** The filters as `filterParsers` (lib/filter-params.ts) read them. */
export const readViewFilters = (params: URLSearchParams): ViewFilters => ({
  zones: readList(params, 'zone'),
  sectors: readList(params, 'sector'),
  from: readInteger(params, 'from'),
  to: readInteger(params, 'to'),
});

/**
 * `search` with `key` set to `value` (a plain token: a theme, language or number style) or removed
 * (null), where nuqs would put it: in place of the first occurrence, else at the end. The other
 * parameters keep their exact text.
 */
export function withParam(search: string, key: string, value: string | null): string {
  const parts = search.replace(/^\?/, '').split('&').filter(Boolean);
  const isKey = (part: string) => new URLSearchParams(part).keys().next().value === key;
  const at = parts.findIndex(isKey);
  const kept = parts.filter((part, i) => !isKey(part) || (i === at && value !== null));
  const entry = value === null ? null : `${key}=${encodeURIComponent(value)}`;
  if (entry !== null) {
    if (at === -1) kept.push(entry);
    else kept[kept.findIndex(isKey)] = entry;
  }
  return kept.length ? `?${kept.join('&')}` : '';
}
