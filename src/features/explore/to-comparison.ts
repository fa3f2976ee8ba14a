import type { Indicator } from '@/domain/indicator';
import { localName, type LocalText } from '@/domain/local-names';
import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import type { ProvenanceKind } from '@/domain/provenance';
import { intlLocale } from '@/lib/language';
import type { Locale } from '@/lib/locale';

interface ComparisonCell {
  value: number;
  display: string;
  kinds: ProvenanceKind[];
}

export interface ComparisonRow {
  key: string;
  indicatorId: string;
  indicator: LocalText;
  period: string;
  cells: Record<string, ComparisonCell | null>;
}

/** Sums a zone's sector parts per period; keeps every provenance kind that went into a sum. */
function byZonePeriod(observations: readonly Observation[], zoneIds: readonly string[]) {
  const sums = new Map<
    string,
    { indicatorId: string; zone: string; period: string; value: number; kinds: Set<ProvenanceKind> }
  >();
  for (const o of observations) {
    if (o.geoType !== 'zone' || !zoneIds.includes(o.geo)) continue;
    const key = `${o.indicatorId}|${o.period}|${o.geo}`;
    const entry = sums.get(key) ?? {
      indicatorId: o.indicatorId,
      zone: o.geo,
      period: o.period,
      value: 0,
      kinds: new Set(),
    };
    entry.value += o.value;
    entry.kinds.add(o.provenance.kind);
    sums.set(key, entry);
  }
  return [...sums.values()];
}

/**
 * Zones side by side: one row per indicator and period, one column per zone; gaps stay empty.
 * Indicators in the reader's language and alphabet order, periods oldest first, figures compact.
 */
export function toComparison(
  observations: readonly Observation[],
  zoneIds: readonly string[],
  indicators: readonly Indicator[],
  locale: Locale,
): ComparisonRow[] {
  const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
  const collator = new Intl.Collator(intlLocale(locale.lang));
  const rows = new Map<string, ComparisonRow & { sort: number }>();
  for (const s of byZonePeriod(observations, zoneIds)) {
    const indicator = indicatorOf.get(s.indicatorId);
    const key = `${s.indicatorId}|${s.period}`;
    const row = rows.get(key) ?? {
      key,
      indicatorId: s.indicatorId,
      indicator: indicator ? localName(indicator, locale.lang) : { text: s.indicatorId, lang: 'en' as const },
      period: locale.describePeriod(s.period),
      cells: Object.fromEntries(zoneIds.map((z) => [z, null])),
      sort: periodPosition(s.period),
    };
    row.cells[s.zone] = {
      value: s.value,
      display: locale.value(s.value, indicator?.unit ?? 'count'),
      kinds: [...s.kinds],
    };
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort((a, b) => collator.compare(a.indicator.text, b.indicator.text) || a.sort - b.sort)
    .map(({ key, indicatorId, indicator, period, cells }) => ({
      key,
      indicatorId,
      indicator,
      period,
      cells,
    }));
}

export interface IndexedSeries {
  /** One point per period; each zone's value, indexed to 100 in the base year when one is given. */
  points: ({ period: string } & Record<string, number | null | string>)[];
  /** Zones with no figure in the base year cannot be indexed and are left out of the chart. */
  notIndexable: string[];
}

export function toIndexedSeries(
  observations: readonly Observation[],
  indicatorId: string,
  zoneIds: readonly string[],
  baseYear: number | null,
): IndexedSeries {
  const sums = byZonePeriod(
    observations.filter((o) => o.indicatorId === indicatorId),
    zoneIds,
  );
  const periods = [...new Set(sums.map((s) => s.period))].sort(
    (a, b) => periodPosition(a) - periodPosition(b),
  );
  const valueOf = (zone: string, period: string) =>
    sums.find((s) => s.zone === zone && s.period === period)?.value ?? null;
  const base = new Map(zoneIds.map((z) => [z, baseYear === null ? null : valueOf(z, String(baseYear))]));
  const notIndexable = baseYear === null ? [] : zoneIds.filter((z) => !base.get(z));
  const points = periods.map((period) => {
    const point: { period: string } & Record<string, number | null | string> = { period };
    for (const zone of zoneIds) {
      const value = valueOf(zone, period);
      const b = base.get(zone);
      point[zone] =
        value === null ? null : baseYear === null ? value : b ? Math.round((value / b) * 1000) / 10 : null;
    }
    return point;
  });
  return { points, notIndexable };
}
