import type { CooperationEvent } from '@/domain/event';
import type { Provenance } from '@/domain/provenance';
import type { ChartNote } from '@/components/chart-frame';
import { formatDate } from '@/lib/format';
import { datePosition, within, type Domain } from './time-axis';

export interface EventMarker {
  id: string;
  /** Numbered in date order across all milestones, so "3" is the same event on every chart. */
  mark: string;
  position: number;
  date: string;
  title: string;
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
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .map((e, i) => ({
      id: e.id,
      mark: String(i + 1),
      position: datePosition(e.date ?? ''),
      date: e.date ?? '',
      title: e.title,
      provenance: e.provenance,
    }));
}

export const markersWithin = (markers: readonly EventMarker[], domain: Domain): EventMarker[] =>
  markers.filter((m) => within(domain, m.position));

export const markerNotes = (markers: readonly EventMarker[]): ChartNote[] =>
  markers.map((m) => ({ mark: m.mark, text: `${formatDate(m.date)}: ${m.title}` }));

/** Stacks the badges of markers closer than `gap` years, so their numbers never overlap. */
export function markerLevels(markers: readonly EventMarker[], gap = 0.45): number[] {
  const levels: number[] = [];
  markers.forEach((m, i) => {
    const prev = markers[i - 1];
    levels.push(prev && m.position - prev.position < gap ? ((levels[i - 1] ?? 0) + 1) % 3 : 0);
  });
  return levels;
}
