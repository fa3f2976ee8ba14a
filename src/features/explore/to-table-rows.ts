import { formatNote, type Note } from '@/components/note-runs';
import type { Indicator } from '@/domain/indicator';
import { localName, localShortName, type LocalText } from '@/domain/local-names';
import type { GeoType, Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import type { ProvenanceKind } from '@/domain/provenance';
import type { Sector } from '@/domain/sector';
import type { Zone } from '@/domain/zone';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { emptyFilters, type ViewFilters } from '@/lib/view-filters';
import { localText, methodText } from '@/domain/local-texts';
import { placeName } from './place-names';

export interface TableRow {
  key: string;
  /** Names in the page's language, or in English (`lang: 'en'`) where the data has no translation. */
  place: LocalText;
  placeId: string;
  placeType: GeoType;
  sector: LocalText | null;
  sectorId: string;
  indicator: LocalText;
  indicatorId: string;
  /** SBP's first-reported and revised figures for one period are both listed, never summed. */
  vintage: string;
  /** "first-reported" / "revised" in the page's language; empty when the figure has one vintage. */
  vintageText: string;
  period: string;
  periodId: string;
  periodSort: number;
  value: number;
  valueText: string;
  unit: Indicator['unit'];
  kind: ProvenanceKind;
  source: string;
  sourceUrl: string | null;
  asOf: string | null;
  note: string;
  /** `more-than` for a floor ("20+"), `about` for a rounded figure: the raw value alone would say more than the source did. */
  qualifier: string;
  /** What was counted, where sources count differently. */
  definition: string;
  /** How an estimate or a converted figure was made, in the page's language where the data translates it (CSV). */
  method: string;
  /** The same with its language, for the badge (English kept for want of a translation is marked). */
  how: LocalText | undefined;
  /** The copy the figure was taken from (a public mirror), when it was copied. */
  copiedFrom: string;
}

export interface TableData {
  rows: TableRow[];
  /** Rows kept although a zone or sector filter is active, because they have no such breakdown. */
  unbrokenRows: number;
  /** The label marks an indicator name the data has only in English (runs). */
  total: { label: Note; valueText: string } | null;
}

export interface Lookups {
  indicators: readonly Indicator[];
  zones: readonly Zone[];
  sectors: readonly Sector[];
}

const messages = defineMessages({
  vintage: {
    id: 'explore.row.vintage',
    defaultMessage: '{vintage, select, firstReported {first-reported} revised {revised} other {{vintage}}}',
    description:
      'Which release of a figure a row is: SBP first reports a fiscal year, then revises it; both rows are listed.',
  },
  total: {
    id: 'explore.table.total',
    defaultMessage: 'Total, {indicator}, {period}',
    description: 'Footer row label of the table when one indicator and one period are listed.',
  },
});

const ADDITIVE_UNITS = new Set<Indicator['unit']>(['count', 'USD', 'PKR', 'CNY', 'persons']);

/**
 * Observations → table rows in the reader's language. Zone and sector filters apply to rows that
 * have that breakdown; rows without it (national totals) are kept and counted, or hidden when
 * `hideUnbroken` is set.
 */
export function toTableRows(
  observations: readonly Observation[],
  lookups: Lookups,
  filters: ViewFilters,
  locale: Locale,
  { hideUnbroken = false, firstIndex = 0 } = {},
): TableData {
  const indicatorOf = new Map(lookups.indicators.map((i) => [i.id, i]));
  const zoneOf = new Map(lookups.zones.map((z) => [z.id, z]));
  const sectorOf = new Map(lookups.sectors.map((s) => [s.id, s]));
  const lang = locale.lang;
  let unbrokenRows = 0;
  const rows: TableRow[] = [];
  observations.forEach((o, i) => {
    const zoneFilter = filters.zones.length > 0;
    const sectorFilter = filters.sectors.length > 0;
    if (zoneFilter && o.geoType === 'zone' && !filters.zones.includes(o.geo)) return;
    if (sectorFilter && o.sectorId !== null && !filters.sectors.includes(o.sectorId)) return;
    const unbroken = (zoneFilter && o.geoType !== 'zone') || (sectorFilter && o.sectorId === null);
    if (unbroken && hideUnbroken) return;
    if (unbroken) unbrokenRows += 1;
    const indicator = indicatorOf.get(o.indicatorId);
    const zone = zoneOf.get(o.geo);
    const sector = o.sectorId ? sectorOf.get(o.sectorId) : undefined;
    const unit = indicator?.unit ?? 'count';
    rows.push({
      key: `${o.indicatorId}|${o.geo}|${o.sectorId ?? ''}|${o.period}|${o.vintage ?? ''}|${firstIndex + i}`,
      place:
        o.geoType === 'zone'
          ? zone
            ? localShortName(zone, lang)
            : { text: o.geo, lang: 'en' }
          : placeName(o.geo, locale),
      placeId: o.geo,
      placeType: o.geoType,
      sector: o.sectorId ? (sector ? localName(sector, lang) : { text: o.sectorId, lang: 'en' }) : null,
      sectorId: o.sectorId ?? '',
      indicator: indicator ? localName(indicator, lang) : { text: o.indicatorId, lang: 'en' },
      indicatorId: o.indicatorId,
      vintage: o.vintage ?? '',
      vintageText: o.vintage
        ? locale.format(messages.vintage, {
            vintage: o.vintage === 'first-reported' ? 'firstReported' : o.vintage,
          })
        : '',
      period: locale.describePeriod(o.period),
      periodId: o.period,
      periodSort: periodPosition(o.period),
      value: o.value,
      valueText: locale.value(o.value, unit, { compact: false, qualifier: o.qualifier }),
      unit,
      kind: o.provenance.kind,
      source: o.provenance.source,
      sourceUrl: o.provenance.url,
      asOf: o.provenance.asOf,
      note: localText(o.provenance, 'note', lang)?.text ?? '',
      qualifier: o.qualifier ?? '',
      definition: o.definition ?? '',
      method: methodText(o.provenance, lang)?.text ?? '',
      how: methodText(o.provenance, lang),
      copiedFrom: o.provenance.copiedFrom
        ? [o.provenance.copiedFrom.name, o.provenance.copiedFrom.url].filter(Boolean).join(' ')
        : '',
    });
  });
  return { rows, unbrokenRows, total: toTotal(rows, locale) };
}

/**
 * Shapes the loaded pages of an API-filtered list into table rows, each page once: the shaper keeps
 * what it made per page (the page's observations, as the API sent them), so scrolling to page n
 * shapes one page, not all n again. Make a new shaper when the language or the lookups change.
 * The total is left to the caller: it means something only once every page is loaded.
 */
export function pageShaper(lookups: Lookups, locale: Locale) {
  const shaped = new WeakMap<readonly Observation[], readonly TableRow[]>();
  return (pages: readonly (readonly Observation[])[]): TableRow[] => {
    const rows: TableRow[] = [];
    let firstIndex = 0;
    for (const page of pages) {
      let pageRows = shaped.get(page);
      if (!pageRows) {
        // The API has already applied the zone and sector filters: shaping only names and formats.
        pageRows = toTableRows(page, lookups, emptyFilters, locale, { firstIndex }).rows;
        shaped.set(page, pageRows);
      }
      // A loop, not push(...pageRows): a backend without paging sends everything as one page.
      for (const row of pageRows) rows.push(row);
      firstIndex += page.length;
    }
    return rows;
  };
}

/** A total only where a sum means something: one indicator, one period, an additive unit. */
export function toTotal(rows: readonly TableRow[], locale: Locale): TableData['total'] {
  const first = rows[0];
  if (!first || rows.length < 2) return null;
  const same = rows.every(
    (r) => r.indicatorId === first.indicatorId && r.periodId === first.periodId && r.vintage === '',
  );
  if (!same || !ADDITIVE_UNITS.has(first.unit)) return null;
  const sum = rows.reduce((acc, r) => acc + r.value, 0);
  return {
    label: formatNote(locale, messages.total, { indicator: first.indicator, period: first.period }),
    valueText: locale.value(sum, first.unit, { compact: false }),
  };
}
