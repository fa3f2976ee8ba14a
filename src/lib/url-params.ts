/**
 * Checks the URL's view parameters against what exists, so a stale or mistyped link still opens:
 * whatever cannot be used is dropped and reported, the rest of the view loads.
 * Syntax is nuqs's (the same parsers the app reads with); this adds the domain rules.
 */
import { parseAsInteger } from 'nuqs';
import { isLanguage, languages } from './language';
import { englishLocale } from './locale';
import { numberStyles } from './number-styles';
import { defineMessages, type Translator } from './messages';

const reasons = defineMessages({
  tooLong: {
    id: 'shell.url-check.too-long',
    defaultMessage: 'the value is too long',
    description: 'Why a part of a shared link was ignored. Lower case: follows "zone=…:" in a list.',
  },
  noSuch: {
    id: 'shell.url-check.no-such-id',
    defaultMessage: 'there is no {kind, select, zone {zone} sector {sector} other {indicator}} with this id',
    description: 'Why a zone, sector or indicator in a shared link was ignored: no such id in the data.',
  },
  notYear: {
    id: 'shell.url-check.not-year',
    defaultMessage: 'not a year between {min} and {max}',
    description: 'Why a from/to year in a link was ignored; min and max are years (1990, 2035).',
  },
  backwards: {
    id: 'shell.url-check.backwards',
    defaultMessage: 'the period ends before it starts',
    description: 'Why a from–to pair in a link was ignored.',
  },
  theme: {
    id: 'shell.url-check.theme',
    defaultMessage: 'the theme is light or dark',
    description: 'Why a theme value in a link was ignored. "light" and "dark" are the accepted values.',
  },
  lang: {
    id: 'shell.url-check.lang',
    defaultMessage: 'the language is {languages}',
    description: 'Why a lang value in a link was ignored; languages lists the codes ("en, zh-Hans, ur").',
  },
  numbers: {
    id: 'shell.url-check.numbers',
    defaultMessage: 'the number style is {styles}',
    description: 'Why a numbers value in a link was ignored; styles lists the codes (international, …).',
  },
});

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
  kind: 'zone' | 'sector',
  out: ParamCheck,
  t: Translator,
) {
  const raw = search.get(key);
  if (raw === null) return;
  if (raw.length > MAX_PARAM_LENGTH) {
    out.dropped.push({ key, value: short(raw), reason: t.format(reasons.tooLong) });
    out.fixes[key] = null;
    return;
  }
  const ids = raw.split(',').filter(Boolean);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  for (const id of unknown)
    out.dropped.push({ key, value: short(id), reason: t.format(reasons.noSuch, { kind }) });
  const kept = [...new Set(ids.filter((id) => known.has(id)))];
  out.fixes[key] = kept.length ? kept : null;
}

function checkYear(
  search: URLSearchParams,
  key: 'from' | 'to',
  out: ParamCheck,
  t: Translator,
): number | null {
  const raw = search.get(key);
  if (raw === null) return null;
  const year = parseAsInteger.parse(raw);
  const valid =
    year !== null && /^\d{4}$/.test(raw.trim()) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
  if (valid) return year;
  out.dropped.push({
    key,
    value: short(raw),
    reason: t.format(reasons.notYear, { min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) }),
  });
  out.fixes[key] = null;
  return null;
}

/** Reasons are in the reader's language (`t`); keys and values stay as the link wrote them. */
export function checkViewParams(
  search: URLSearchParams,
  known: KnownIds,
  t: Translator = englishLocale,
): ParamCheck {
  const out: ParamCheck = { dropped: [], fixes: {} };
  checkList(search, 'zone', known.zones, 'zone', out, t);
  checkList(search, 'sector', known.sectors, 'sector', out, t);
  checkList(search, 'compare', known.zones, 'zone', out, t);
  const indicator = search.get('indicator');
  if (indicator !== null && known.indicators && !known.indicators.has(indicator)) {
    out.dropped.push({
      key: 'indicator',
      value: short(indicator),
      reason: t.format(reasons.noSuch, { kind: 'indicator' }),
    });
    out.fixes.indicator = null;
  }
  const from = checkYear(search, 'from', out, t);
  const to = checkYear(search, 'to', out, t);
  if (from !== null && to !== null && to < from) {
    out.dropped.push({ key: 'from–to', value: `${from}–${to}`, reason: t.format(reasons.backwards) });
    out.fixes.from = null;
    out.fixes.to = null;
  }
  const theme = search.get('theme');
  if (theme !== null && theme !== 'light' && theme !== 'dark') {
    out.dropped.push({ key: 'theme', value: short(theme), reason: t.format(reasons.theme) });
    out.fixes.theme = null;
  }
  const lang = search.get('lang');
  if (lang !== null && !isLanguage(lang)) {
    out.dropped.push({
      key: 'lang',
      value: short(lang),
      reason: t.format(reasons.lang, { languages: languages.join(', ') }),
    });
    out.fixes.lang = null;
  }
  const numbers = search.get('numbers');
  if (numbers !== null && !(numberStyles as readonly string[]).includes(numbers)) {
    out.dropped.push({
      key: 'numbers',
      value: short(numbers),
      reason: t.format(reasons.numbers, { styles: numberStyles.join(', ') }),
    });
    out.fixes.numbers = null;
  }
  return out;
}
