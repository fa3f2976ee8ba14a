/**
 * Checks the URL's view parameters against what exists, so a stale or mistyped link still opens:
 * whatever cannot be used is dropped and reported, the rest of the view loads.
 * Syntax is nuqs's (the same parsers the app reads with); this adds the domain rules.
 */
import { parseAsInteger } from 'nuqs';
import { isLanguage, languages } from './language';
import { numberStyles } from './locale-numbers';

export interface DroppedParam {
  key: string;
  value: string;
  reason: string;
}

export interface ParamCheck {
  dropped: DroppedParam[];
  /** Replacement values for the keys that had problems: a valid subset, or null to remove the key. */
  fixes: Record<string, string[] | number | null>;
}

export interface KnownIds {
  zones: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  indicators?: ReadonlySet<string>;
}

const MAX_PARAM_LENGTH = 500;
const YEAR_RANGE = { min: 1990, max: 2035 } as const;

const short = (value: string) => (value.length > 40 ? `${value.slice(0, 37)}…` : value);

function checkList(
  search: URLSearchParams,
  key: 'zone' | 'sector' | 'compare',
  known: ReadonlySet<string>,
  noun: string,
  out: ParamCheck,
) {
  const raw = search.get(key);
  if (raw === null) return;
  if (raw.length > MAX_PARAM_LENGTH) {
    out.dropped.push({ key, value: short(raw), reason: 'the value is too long' });
    out.fixes[key] = null;
    return;
  }
  const ids = raw.split(',').filter(Boolean);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  for (const id of unknown)
    out.dropped.push({ key, value: short(id), reason: `there is no ${noun} with this id` });
  const kept = [...new Set(ids.filter((id) => known.has(id)))];
  out.fixes[key] = kept.length ? kept : null;
}

function checkYear(search: URLSearchParams, key: 'from' | 'to', out: ParamCheck): number | null {
  const raw = search.get(key);
  if (raw === null) return null;
  const year = parseAsInteger.parse(raw);
  const valid =
    year !== null && /^\d{4}$/.test(raw.trim()) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
  if (valid) return year;
  out.dropped.push({
    key,
    value: short(raw),
    reason: `not a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`,
  });
  out.fixes[key] = null;
  return null;
}

export function checkViewParams(search: URLSearchParams, known: KnownIds): ParamCheck {
  const out: ParamCheck = { dropped: [], fixes: {} };
  checkList(search, 'zone', known.zones, 'zone', out);
  checkList(search, 'sector', known.sectors, 'sector', out);
  checkList(search, 'compare', known.zones, 'zone', out);
  const indicator = search.get('indicator');
  if (indicator !== null && known.indicators && !known.indicators.has(indicator)) {
    out.dropped.push({
      key: 'indicator',
      value: short(indicator),
      reason: 'there is no indicator with this id',
    });
    out.fixes.indicator = null;
  }
  const from = checkYear(search, 'from', out);
  const to = checkYear(search, 'to', out);
  if (from !== null && to !== null && to < from) {
    out.dropped.push({ key: 'from–to', value: `${from}–${to}`, reason: 'the period ends before it starts' });
    out.fixes.from = null;
    out.fixes.to = null;
  }
  const theme = search.get('theme');
  if (theme !== null && theme !== 'light' && theme !== 'dark') {
    out.dropped.push({ key: 'theme', value: short(theme), reason: 'the theme is light or dark' });
    out.fixes.theme = null;
  }
  const lang = search.get('lang');
  if (lang !== null && !isLanguage(lang)) {
    out.dropped.push({ key: 'lang', value: short(lang), reason: `the language is ${languages.join(', ')}` });
    out.fixes.lang = null;
  }
  const numbers = search.get('numbers');
  if (numbers !== null && !(numberStyles as readonly string[]).includes(numbers)) {
    out.dropped.push({
      key: 'numbers',
      value: short(numbers),
      reason: `the number style is ${numberStyles.join(', ')}`,
    });
    out.fixes.numbers = null;
  }
  return out;
}
