import type { Sector } from '@/domain/sector';
import type { Zone, ZoneStatus } from '@/domain/zone';
import type { ViewFilters } from '@/lib/view-filters';

export interface OptionGroup<T> {
  id: string;
  label: string;
  items: T[];
}

const statusOrder: ZoneStatus[] = ['notified', 'launched', 'approved', 'planned', 'counterpart'];
const statusLabel: Record<ZoneStatus, string> = {
  notified: 'notified',
  launched: 'launched',
  approved: 'approved',
  planned: 'planned',
  counterpart: 'Chinese counterparts',
};

/** Zones grouped by country and status, in the order an analyst scans them: notified Pakistani zones first. */
export function toZoneGroups(zones: readonly Zone[]): OptionGroup<Zone>[] {
  return statusOrder
    .map((status) => ({
      id: status,
      label: status === 'counterpart' ? 'China · counterparts' : `Pakistan · ${statusLabel[status]}`,
      items: zones.filter((z) => z.status === status).sort((a, b) => a.shortName.localeCompare(b.shortName)),
    }))
    .filter((g) => g.items.length > 0);
}

export function toSectorGroups(sectors: readonly Sector[]): OptionGroup<Sector>[] {
  return [
    { id: 'technology', label: 'Technology sectors', items: sectors.filter((s) => s.group === 'technology') },
    {
      id: 'economy',
      label: 'SBP investment categories',
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

function describeYears(from: number | null, to: number | null): string | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null)
    return from === to ? `${from} (FY${from})` : `${from}–${to} (FY${from}–FY${to})`;
  return from !== null ? `from ${from} (FY${from})` : `up to ${to} (FY${to})`;
}

/** One removable chip per active filter value. */
export function toFilterChips(
  filters: ViewFilters,
  zones?: readonly Zone[],
  sectors?: readonly Sector[],
): FilterChip[] {
  const years = describeYears(filters.from, filters.to);
  return [
    ...filters.zones.map((id) => ({ id: `zone:${id}`, label: nameOf(zones, id, (z) => z.shortName) })),
    ...filters.sectors.map((id) => ({ id: `sector:${id}`, label: nameOf(sectors, id, (s) => s.name) })),
    ...(years ? [{ id: 'years', label: years }] : []),
  ];
}

/** "Showing: NUST Islamabad, Mindbridge Lahore · IT & software · 2021–2025 (FY2021–FY2025)". */
export function toFilterSummary(
  filters: ViewFilters,
  zones?: readonly Zone[],
  sectors?: readonly Sector[],
): string {
  const parts = [
    filters.zones.length
      ? filters.zones.map((id) => nameOf(zones, id, (z) => z.shortName)).join(', ')
      : 'All zones',
    filters.sectors.length
      ? filters.sectors.map((id) => nameOf(sectors, id, (s) => s.name)).join(', ')
      : 'all sectors',
    describeYears(filters.from, filters.to) ?? 'all years',
  ];
  return `Showing: ${parts.join(' · ')}`;
}

/** The filters left after removing one chip. */
export function removeChip(filters: ViewFilters, chipId: string): Partial<ViewFilters> {
  if (chipId === 'years') return { from: null, to: null };
  const [kind, id] = chipId.split(':');
  if (kind === 'zone') return { zones: filters.zones.filter((z) => z !== id) };
  if (kind === 'sector') return { sectors: filters.sectors.filter((s) => s !== id) };
  return {};
}
