import type { CooperationEvent } from '@/domain/event';
import type { Provenance } from '@/domain/provenance';
import type { ChartNote } from '@/components/chart-notes';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { localText } from '@/domain/local-texts';
import { datePosition, within, type Domain } from './time-axis';
import { compareCodes } from '@/domain/compare';

export interface EventMarker {
  id: string;
  /** Numbered in date order across all milestones, so "3" is the same event on every chart. */
  mark: string;
  position: number;
  date: string;
  title: string;
  /** The title in Chinese and Urdu (the event's `texts`). */
  texts?: CooperationEvent['texts'];
  provenance: Provenance;
}

/**
 * The cooperation milestones worth a line on a time axis: the STZA Act (once, on the day it took
 * force), both Letters of Intent, zone notifications, and joint cooperation centres. Meetings and
 * other institutional steps would crowd 2021–2022 without changing how the figures read.
 */
function isMilestone(event: CooperationEvent, all: readonly CooperationEvent[]): boolean {
  if (!event.date) return false;
  switch (event.kind) {
    case 'letter-of-intent':
    case 'zone-notification':
      return true;
    case 'legislation': {
      const year = event.date.slice(0, 4);
      const later = all.some(
        (e) => e.kind === 'legislation' && e.date?.startsWith(year) && e.date > (event.date ?? ''),
      );
      return !later;
    }
    case 'institution':
      return /\bcent(re|er)\b/i.test(event.title);
    default:
      return false;
  }
}

export function toEventMarkers(events: readonly CooperationEvent[]): EventMarker[] {
  return events
    .filter((e) => isMilestone(e, events))
    .sort((a, b) => compareCodes(a.date ?? '', b.date ?? ''))
    .map((e, i) => ({
      id: e.id,
      mark: String(i + 1),
      position: datePosition(e.date ?? ''),
      date: e.date ?? '',
      title: e.title,
      ...(e.texts && { texts: e.texts }),
      provenance: e.provenance,
    }));
}

export const markersWithin = (markers: readonly EventMarker[], domain: Domain): EventMarker[] =>
  markers.filter((m) => within(domain, m.position));

export const markerMessages = defineMessages({
  notesLabel: {
    id: 'charts.markers.label',
    defaultMessage: 'Cooperation milestones marked on the chart',
    description: 'Accessible name of the numbered list of milestones under a chart.',
  },
  failed: {
    id: 'charts.markers.failed',
    defaultMessage: 'Cooperation milestones could not be loaded, so none are marked.',
    description: 'Notice in a chart when the milestones (events) did not load.',
  },
  retry: {
    id: 'charts.markers.retry',
    defaultMessage: 'Retry milestones',
    description: 'Button: load the milestones again.',
  },
});

const messages = defineMessages({
  note: {
    id: 'charts.markers.note',
    defaultMessage: '{date}: {title}',
    description:
      'A milestone in a chart’s key: its date and its title (from the data, translated where it has one).',
  },
});

/**
 * A milestone's title in the reader's language where the data translates it; an English one,
 * inside a right-to-left sentence, is isolated (U+2068 … U+2069) so its own order survives.
 */
export function markerTitle(m: EventMarker, locale: Locale): string {
  const title = localText(m, 'title', locale.lang);
  if (title && title.lang !== 'en') return title.text;
  return locale.dir === 'rtl' ? `\u2068${m.title}\u2069` : m.title;
}

/** The key to the markers: "4 Oct 2021: STZA Act 2021 in force", with its source on the charts pages. */
export const markerNotes = (markers: readonly EventMarker[], locale: Locale): ChartNote[] =>
  markers.map((m) => ({
    mark: m.mark,
    text: locale.format(messages.note, { date: locale.date(m.date), title: markerTitle(m, locale) }),
    // The key links each milestone to the report of its date.
    provenance: m.provenance,
  }));

/** Stacks the badges of markers closer than `gap` years, so their numbers never overlap. */
export function markerLevels(markers: readonly EventMarker[], gap = 0.45): number[] {
  const levels: number[] = [];
  markers.forEach((m, i) => {
    const prev = markers[i - 1];
    levels.push(prev && m.position - prev.position < gap ? ((levels[i - 1] ?? 0) + 1) % 3 : 0);
  });
  return levels;
}
