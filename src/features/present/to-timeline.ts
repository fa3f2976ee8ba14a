import { milestoneKinds, type CooperationEvent, type EventKind } from '@/domain/event';
import type { Provenance } from '@/domain/provenance';
import type { Zone } from '@/domain/zone';
import { localShortName } from '@/domain/local-names';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { localText } from '@/domain/local-texts';
import type { ViewFilters } from '@/lib/view-filters';
import { compareCodes } from '@/domain/compare';

const messages = defineMessages({
  withdrawn: {
    id: 'present.timeline.withdrawn',
    defaultMessage: '{zone} withdrawn',
    description:
      'A milestone: a zone withdrawn (its notification or land offer taken back); zone is its name.',
  },
});

export interface TimelineItem {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  date: string;
  title: string;
  /** The language of the title: the reader's, or English where the data has no translation. */
  lang: string;
  kind: EventKind | 'withdrawn';
  provenance: Provenance;
}

const inYears = (date: string, filters: ViewFilters): boolean => {
  const year = Number(date.slice(0, 4));
  return (filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to);
};

/**
 * A zone filter keeps the events of those zones and the national milestones every zone shares.
 * Events tagged only with Chinese counterparts (the letters of intent, SEDA, Z-Park) are national
 * on Pakistan's side: STZA signed them for all its zones.
 */
function inZones(zoneIds: readonly string[], pakistani: ReadonlySet<string>, filters: ViewFilters): boolean {
  if (filters.zones.length === 0 || zoneIds.some((id) => filters.zones.includes(id))) return true;
  return !zoneIds.some((id) => pakistani.has(id));
}

/** An event's title in the reader's language, or English marked as such. */
function titleOf(e: CooperationEvent, locale: Locale): Pick<TimelineItem, 'title' | 'lang'> {
  const { text, lang } = localText(e, 'title', locale.lang) ?? { text: e.title, lang: 'en' };
  return { title: text, lang };
}

/** A withdrawal's note, translated with the zone's local name, else the English note after its English name. */
function withdrawalNote(
  zone: Zone,
  d: Zone['dates'][number],
  locale: Locale,
): Pick<TimelineItem, 'title' | 'lang'> {
  const note = localText(d, 'note', locale.lang);
  const name = localShortName(zone, locale.lang);
  if (note && note.lang !== 'en' && name.lang !== 'en')
    return { title: `${name.text}: ${note.text}`, lang: note.lang };
  // The note (English, from the data) may carry its citation in brackets; the footer cites the source already.
  return { title: `${zone.shortName}: ${(d.note ?? '').replace(/\s*\([^)]*\)\s*$/, '')}`, lang: 'en' };
}

/**
 * The corridor's milestones oldest first: dated milestone events, plus zone withdrawals, which
 * the data records on the zone rather than as an event (Islamabad Technopolis, Oct 2025).
 * Undated events cannot be placed on a timeline and are left out.
 */
export function toTimeline(
  events: readonly CooperationEvent[],
  zones: readonly Zone[],
  filters: ViewFilters,
  locale: Locale,
): TimelineItem[] {
  const pakistani = new Set(zones.filter((z) => z.country === 'PK').map((z) => z.id));
  const fromEvents = events.flatMap((e): TimelineItem[] =>
    e.date !== null && milestoneKinds.includes(e.kind) && inZones(e.zoneIds, pakistani, filters)
      ? [{ id: e.id, date: e.date, ...titleOf(e, locale), kind: e.kind, provenance: e.provenance }]
      : [],
  );
  const withdrawals = zones.flatMap((zone) =>
    zone.dates
      .filter((d) => d.kind === 'withdrawn' && inZones([zone.id], pakistani, filters))
      .map((d): TimelineItem => {
        const name = localShortName(zone, locale.lang);
        return {
          id: `${zone.id}-withdrawn-${d.date}`,
          date: d.date,
          ...(d.note
            ? withdrawalNote(zone, d, locale)
            : {
                title: locale.format(messages.withdrawn, { zone: name.text }),
                lang: name.lang === 'en' ? locale.lang : name.lang,
              }),
          kind: 'withdrawn',
          provenance: zone.provenance,
        };
      }),
  );
  return [...fromEvents, ...withdrawals]
    .filter((item) => inYears(item.date, filters))
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id));
}
