import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { ViewFilters } from '@/lib/view-filters';
import { listIn } from './list-in';

interface Named {
  id: string;
  /** The name in the deck's language (or its English fallback). */
  name: string;
}

const messages = defineMessages({
  label: {
    id: 'present.filters.label',
    defaultMessage: '{zones} · {sectors} · {years}',
    description:
      'The filters a deck shows, in every slide footer after "Showing:". zones, sectors and years are the three parts below.',
  },
  allZones: {
    id: 'present.filters.all-zones',
    defaultMessage: 'All zones',
    description: 'First part of the filters label: no zone filter.',
  },
  zones: {
    id: 'present.filters.zones',
    defaultMessage: 'Zones: {names}',
    description: 'First part of the filters label; names is a list of zone names ("NUST Islamabad, Tech7").',
  },
  allSectors: {
    id: 'present.filters.all-sectors',
    defaultMessage: 'all sectors',
    description: 'Second part of the filters label (mid-sentence in English): no sector filter.',
  },
  sectors: {
    id: 'present.filters.sectors',
    defaultMessage: 'Sectors: {names}',
    description: 'Second part of the filters label; names is a list of sector names.',
  },
  allYears: {
    id: 'present.filters.all-years',
    defaultMessage: 'all years',
    description: 'Third part of the filters label: no period filter.',
  },
  years: {
    id: 'present.filters.years',
    defaultMessage: '{from}–{to}',
    description: 'Third part of the filters label: a span of calendar years ("2022–2025").',
  },
  fromYear: {
    id: 'present.filters.from-year',
    defaultMessage: 'from {from}',
    description: 'Third part of the filters label: an open-ended period ("from 2023").',
  },
  toYear: {
    id: 'present.filters.to-year',
    defaultMessage: 'up to {to}',
    description: 'Third part of the filters label: a period with only an end ("up to 2024").',
  },
  more: {
    id: 'present.filters.more',
    defaultMessage: '{count, plural, one {# more} other {# more}}',
    description: 'Last item of a shortened list of names ("NUST, Tech7, Mindbridge and 2 more").',
  },
});

function names(ids: readonly string[], known: readonly Named[], locale: Locale, max = 3): string {
  const list = ids.map((id) => known.find((k) => k.id === id)?.name ?? id);
  const shown =
    list.length <= max
      ? list
      : [...list.slice(0, max), locale.format(messages.more, { count: list.length - max })];
  return listIn(locale, shown);
}

function years(from: number | null, to: number | null, locale: Locale): string {
  // Years are labels, not quantities: never grouped ("2,022").
  if (from !== null && to !== null)
    return from === to ? String(from) : locale.format(messages.years, { from: String(from), to: String(to) });
  if (from !== null) return locale.format(messages.fromYear, { from: String(from) });
  if (to !== null) return locale.format(messages.toYear, { to: String(to) });
  return locale.format(messages.allYears);
}

/**
 * The filters a deck shows, in words, for every slide's footer: "All zones · all sectors · all years",
 * "Zones: NUST Islamabad · all sectors · 2022–2025". Unknown ids are shown as they are, not dropped.
 */
export function describeFilters(
  filters: ViewFilters,
  zones: readonly Named[],
  sectors: readonly Named[],
  locale: Locale,
): string {
  const t = locale;
  return t.format(messages.label, {
    zones: filters.zones.length
      ? t.format(messages.zones, { names: names(filters.zones, zones, t) })
      : t.format(messages.allZones),
    sectors: filters.sectors.length
      ? t.format(messages.sectors, { names: names(filters.sectors, sectors, t) })
      : t.format(messages.allSectors),
    years: years(filters.from, filters.to, t),
  });
}
