import type { ViewFilters } from '@/lib/view-filters';

interface Named {
  id: string;
  name: string;
}

function names(ids: readonly string[], known: readonly Named[], max = 3): string {
  const list = ids.map((id) => known.find((k) => k.id === id)?.name ?? id);
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

function years(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `${from}` : `${from}–${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `up to ${to}`;
  return 'all years';
}

/**
 * The filters a deck shows, in words, for every slide's footer: "All zones · all sectors · all years",
 * "Zones: NUST Islamabad · all sectors · 2022–2025". Unknown ids are shown as they are, not dropped.
 */
export function describeFilters(
  filters: ViewFilters,
  zones: readonly Named[],
  sectors: readonly Named[],
): string {
  const parts = [
    filters.zones.length ? `Zones: ${names(filters.zones, zones)}` : 'all zones',
    filters.sectors.length ? `Sectors: ${names(filters.sectors, sectors)}` : 'all sectors',
    years(filters.from, filters.to),
  ];
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
