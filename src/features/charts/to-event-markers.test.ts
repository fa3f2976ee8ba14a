import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import type { CooperationEvent } from '@/domain/event';
import { markerLevels, markerNotes, markersWithin, toEventMarkers } from './to-event-markers';

const event = (
  id: string,
  date: string | null,
  kind: CooperationEvent['kind'],
  title: string,
): CooperationEvent => ({
  id,
  date,
  kind,
  title,
  description: '',
  zoneIds: [],
  provenance: { kind: 'sourced', source: `Source of ${id}`, url: null, asOf: date ?? '2022' },
});

const events = [
  event('act-passed', '2021-07-26', 'legislation', 'STZA Act passed by National Assembly'),
  event('act-in-force', '2021-10-04', 'legislation', 'STZA Act 2021 in force'),
  event('zbra', '2022-02-07', 'letter-of-intent', 'STZA–ZBRA Letter of Intent'),
  event('meeting', '2022-07-29', 'institution', 'SEDA–STZA online event'),
  event('seda', '2022-08-01', 'letter-of-intent', 'STZA–SEDA Letter of Intent'),
  event('centre', '2022-11-28', 'institution', 'S&T Cooperation Centre opens in Beijing'),
  event('zones', '2024-08-16', 'zone-notification', 'STZA notifies 4 new STZs'),
  event('undated', null, 'institution', 'Conference centre, date unknown'),
  event('chair', '2022-08-06', 'governance', 'STZA chairman resigns'),
];

describe('toEventMarkers', () => {
  it('keeps the five milestones in date order, numbered', () => {
    expect(toEventMarkers(events).map((m) => [m.mark, m.id])).toEqual([
      ['1', 'act-in-force'],
      ['2', 'zbra'],
      ['3', 'seda'],
      ['4', 'centre'],
      ['5', 'zones'],
    ]);
  });

  it('never places an undated event on a time axis', () => {
    expect(toEventMarkers(events).some((m) => m.id === 'undated')).toBe(false);
  });

  it('keeps global numbers when a chart shows only part of the time', () => {
    const shown = markersWithin(toEventMarkers(events), [2022.5, 2025]);
    expect(shown.map((m) => m.mark)).toEqual(['3', '4', '5']);
  });

  it('writes the key with the date as people say it, linked to the report of that date', () => {
    const [marker] = toEventMarkers(events);
    expect(markerNotes([marker!], englishLocale)).toEqual([
      { mark: '1', text: '4 Oct 2021: STZA Act 2021 in force', provenance: marker!.provenance },
    ]);
  });
});

describe('markerLevels', () => {
  it('raises the badge of a marker that follows another closely', () => {
    const markers = toEventMarkers(events);
    // Oct 2021, Feb 2022, Aug 2022, Nov 2022, Aug 2024.
    expect(markerLevels(markers)).toEqual([0, 1, 0, 1, 0]);
  });
});
