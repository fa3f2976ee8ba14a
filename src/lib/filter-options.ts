import type { Sector } from '@/domain/sector';
import type { Zone, ZoneStatus } from '@/domain/zone';
import { localName, localShortName } from '@/domain/local-names';
import { englishLocale, type Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { ViewFilters } from '@/lib/view-filters';

export interface OptionGroup<T> {
  id: string;
  label: string;
  items: T[];
}

const messages = defineMessages({
  zoneGroup: {
    id: 'filters.zones.group',
    defaultMessage:
      '{status, select, notified {Pakistan · notified} launched {Pakistan · launched} approved {Pakistan · approved} planned {Pakistan · planned} other {China · counterparts}}',
    description:
      'Heading of a group in the zone picker: Pakistani zones by status (notified, launched, approved, planned), then the Chinese counterpart zones.',
  },
  technology: {
    id: 'filters.sectors.technology',
    defaultMessage: 'Technology sectors',
    description: 'Heading of the technology sectors in the sector picker.',
  },
  economy: {
    id: 'filters.sectors.economy',
    defaultMessage: 'SBP investment categories',
    description: "Heading of the State Bank of Pakistan's investment categories in the sector picker.",
  },
  years: {
    id: 'filters.years',
    defaultMessage:
      '{kind, select, one {{from} ({fromFy})} range {{from}–{to} ({fromFy}–{toFy})} from {from {from} ({fromFy})} other {up to {to} ({toFy})}}',
    description:
      'The chosen years: one year, a range, from a year, or up to a year; each calendar year with its fiscal year ("2021 (FY2021)").',
  },
  summary: {
    id: 'filters.summary',
    defaultMessage: 'Showing: {zones} · {sectors} · {years}',
    description: 'Line under the filter bar: what every panel shows (zones, sectors, years).',
  },
  list: {
    id: 'filters.summary.list',
    defaultMessage: '{first}, {next}',
    description: 'Joins names in the "Showing:" line, one more at a time (Chinese 、, Urdu ،).',
  },
  allZones: { id: 'filters.summary.all-zones', defaultMessage: 'All zones', description: 'No zone filter.' },
  allSectors: {
    id: 'filters.summary.all-sectors',
    defaultMessage: 'all sectors',
    description: 'No sector filter.',
  },
  allYears: { id: 'filters.summary.all-years', defaultMessage: 'all years', description: 'No year filter.' },
});

const statusOrder: ZoneStatus[] = ['notified', 'launched', 'approved', 'planned', 'counterpart'];

/** Zones grouped by country and status, in the order an analyst scans them: notified Pakistani zones first. */
export function toZoneGroups(zones: readonly Zone[], locale: Locale = englishLocale): OptionGroup<Zone>[] {
  const short = (z: Zone) => localShortName(z, locale.lang).text;
  // One collator for the sort: `localeCompare` with a locale makes one per comparison.
  const { compare } = new Intl.Collator(locale.lang === 'en-XA' ? 'en' : locale.lang);
  return statusOrder
    .map((status) => ({
      id: status,
      label: locale.format(messages.zoneGroup, { status }),
      items: zones.filter((z) => z.status === status).sort((a, b) => compare(short(a), short(b))),
    }))
    .filter((g) => g.items.length > 0);
}

export function toSectorGroups(
  sectors: readonly Sector[],
  locale: Locale = englishLocale,
): OptionGroup<Sector>[] {
  return [
    {
      id: 'technology',
      label: locale.format(messages.technology),
      items: sectors.filter((s) => s.group === 'technology'),
    },
    {
      id: 'economy',
      label: locale.format(messages.economy),
      items: sectors.filter((s) => s.group === 'economy'),
    },
  ].filter((g) => g.items.length > 0);
}

export interface FilterChip {
  id: string;
  label: string;
}

const nameOf = <T extends { id: string }>(
  items: readonly T[] | undefined,
  id: string,
  name: (t: T) => string,
) => {
  const item = items?.find((i) => i.id === id);
  return item ? name(item) : id;
};

function describeYears(from: number | null, to: number | null, locale: Locale): string | null {
  if (from === null && to === null) return null;
  const kind = from !== null && to !== null ? (from === to ? 'one' : 'range') : from !== null ? 'from' : 'to';
  const fy = (year: number | null) => (year === null ? '' : locale.period(`FY${year}`));
  return locale.format(messages.years, {
    kind,
    from: from === null ? '' : String(from),
    to: to === null ? '' : String(to),
    fromFy: fy(from),
    toFy: fy(to),
  });
}

/** One removable chip per active filter value. */
export function toFilterChips(
  filters: ViewFilters,
  zones?: readonly Zone[],
  sectors?: readonly Sector[],
  locale: Locale = englishLocale,
): FilterChip[] {
  const years = describeYears(filters.from, filters.to, locale);
  return [
    ...filters.zones.map((id) => ({
      id: `zone:${id}`,
      label: nameOf(zones, id, (z) => localShortName(z, locale.lang).text),
    })),
    ...filters.sectors.map((id) => ({
      id: `sector:${id}`,
      label: nameOf(sectors, id, (s) => localName(s, locale.lang).text),
    })),
    ...(years ? [{ id: 'years', label: years }] : []),
  ];
}

/** "Showing: NUST Islamabad, Mindbridge Lahore · IT & software · 2021–2025 (FY2021–FY2025)". */
export function toFilterSummary(
  filters: ViewFilters,
  zones?: readonly Zone[],
  sectors?: readonly Sector[],
  locale: Locale = englishLocale,
): string {
  const list = {
    format: (names: string[]) => names.reduce((first, next) => locale.format(messages.list, { first, next })),
  };
  return locale.format(messages.summary, {
    zones: filters.zones.length
      ? list.format(filters.zones.map((id) => nameOf(zones, id, (z) => localShortName(z, locale.lang).text)))
      : locale.format(messages.allZones),
    sectors: filters.sectors.length
      ? list.format(filters.sectors.map((id) => nameOf(sectors, id, (s) => localName(s, locale.lang).text)))
      : locale.format(messages.allSectors),
    years: describeYears(filters.from, filters.to, locale) ?? locale.format(messages.allYears),
  });
}

/** The filters left after removing one chip. */
export function removeChip(filters: ViewFilters, chipId: string): Partial<ViewFilters> {
  if (chipId === 'years') return { from: null, to: null };
  const [kind, id] = chipId.split(':');
  if (kind === 'zone') return { zones: filters.zones.filter((z) => z !== id) };
  if (kind === 'sector') return { sectors: filters.sectors.filter((s) => s !== id) };
  return {};
}
