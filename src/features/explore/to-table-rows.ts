import type { Indicator } from '@/domain/indicator';
import type { GeoType, Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import type { ProvenanceKind } from '@/domain/provenance';
import type { Sector } from '@/domain/sector';
import type { Zone } from '@/domain/zone';
import { describePeriod, formatValue } from '@/lib/format';
import type { ViewFilters } from '@/lib/view-filters';

export interface TableRow {
  key: string;
  place: string;
  placeType: GeoType;
  sector: string;
  indicator: string;
  indicatorId: string;
  /** SBP's first-reported and revised figures for one period are both listed, never summed. */
  vintage: string;
  period: string;
  periodSort: number;
  value: number;
  valueText: string;
  unit: Indicator['unit'];
  kind: ProvenanceKind;
  source: string;
  sourceUrl: string | null;
  asOf: string | null;
  note: string;
  /** "more than" for a floor ("20+"): the raw value alone would say more than the source did. */
  qualifier: string;
  /** What was counted, where sources count differently. */
  definition: string;
  /** How an estimate or a converted figure was made. */
  method: string;
  /** The copy the figure was taken from (a public mirror), when it was copied. */
  copiedFrom: string;
}

export interface TableData {
  rows: TableRow[];
  /** Rows kept although a zone or sector filter is active, because they have no such breakdown. */
  unbrokenRows: number;
  total: { label: string; valueText: string } | null;
}

export interface Lookups {
  indicators: readonly Indicator[];
  zones: readonly Zone[];
  sectors: readonly Sector[];
}

/** ISO 3166-2:PK names, and the two countries; zones are named from the zones endpoint. */
const placeNames: Record<string, string> = {
  PAK: 'Pakistan',
  CHN: 'China',
  'PK-PB': 'Punjab',
  'PK-SD': 'Sindh',
  'PK-KP': 'Khyber Pakhtunkhwa',
  'PK-BA': 'Balochistan',
  'PK-IS': 'Islamabad Capital Territory',
  'PK-TA': 'FATA (merged into KP 2018)',
};

const qualifierWords = { 'more-than': 'more than', about: 'about' } as const;

const ADDITIVE_UNITS = new Set<Indicator['unit']>(['count', 'USD', 'PKR', 'CNY', 'persons']);

/**
 * Observations → table rows. Zone and sector filters apply to rows that have that breakdown; rows
 * without it (national totals) are kept and counted, or hidden when `hideUnbroken` is set.
 */
export function toTableRows(
  observations: readonly Observation[],
  lookups: Lookups,
  filters: ViewFilters,
  { hideUnbroken = false } = {},
): TableData {
  const indicatorOf = new Map(lookups.indicators.map((i) => [i.id, i]));
  const zoneOf = new Map(lookups.zones.map((z) => [z.id, z]));
  const sectorOf = new Map(lookups.sectors.map((s) => [s.id, s]));
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
    const unit = indicator?.unit ?? 'count';
    rows.push({
      key: `${o.indicatorId}|${o.geo}|${o.sectorId ?? ''}|${o.period}|${o.vintage ?? ''}|${i}`,
      place: o.geoType === 'zone' ? (zoneOf.get(o.geo)?.shortName ?? o.geo) : (placeNames[o.geo] ?? o.geo),
      placeType: o.geoType,
      sector: o.sectorId ? (sectorOf.get(o.sectorId)?.name ?? o.sectorId) : '',
      indicator: (indicator?.name ?? o.indicatorId) + (o.vintage ? ` (${o.vintage})` : ''),
      indicatorId: o.indicatorId,
      vintage: o.vintage ?? '',
      period: describePeriod(o.period),
      periodSort: periodPosition(o.period),
      value: o.value,
      valueText: formatValue(o.value, unit, { compact: false, qualifier: o.qualifier }),
      unit,
      kind: o.provenance.kind,
      source: o.provenance.source,
      sourceUrl: o.provenance.url,
      asOf: o.provenance.asOf,
      note: o.provenance.note ?? '',
      qualifier: o.qualifier ? qualifierWords[o.qualifier] : '',
      definition: o.definition ?? '',
      method: o.provenance.method ?? '',
      copiedFrom: o.provenance.copiedFrom
        ? [o.provenance.copiedFrom.name, o.provenance.copiedFrom.url].filter(Boolean).join(' ')
        : '',
    });
  });
  return { rows, unbrokenRows, total: toTotal(rows) };
}

/** A total only where a sum means something: one indicator, one period, an additive unit. */
function toTotal(rows: readonly TableRow[]): TableData['total'] {
  const first = rows[0];
  if (!first || rows.length < 2) return null;
  const same = rows.every(
    (r) => r.indicatorId === first.indicatorId && r.period === first.period && r.vintage === '',
  );
  if (!same || !ADDITIVE_UNITS.has(first.unit)) return null;
  const sum = rows.reduce((acc, r) => acc + r.value, 0);
  return {
    label: `Total, ${first.indicator}, ${first.period}`,
    valueText: formatValue(sum, first.unit, { compact: false }),
  };
}
