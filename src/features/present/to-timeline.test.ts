import { describe, expect, it } from 'vitest';
import type { CooperationEvent } from '@/domain/event';
import type { Zone } from '@/domain/zone';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import { emptyFilters } from '@/lib/view-filters';
import ur from '@/locales/compiled/ur.json';
import { toTimeline } from './to-timeline';

const provenance = { kind: 'sourced' as const, source: 'Paper', url: null, asOf: '2022' };
const event = (id: string, date: string | null, kind: CooperationEvent['kind'], zoneIds: string[] = []) =>
  ({ id, date, kind, title: id, description: '', zoneIds, provenance }) satisfies CooperationEvent;

const zone = {
  id: 'stz-islamabad-technopolis',
  name: 'Islamabad Technopolis (Islamabad STZ)',
  shortName: 'Islamabad Technopolis',
  country: 'PK',
  city: 'Islamabad',
  province: 'ICT',
  coordinates: { lat: 33.7, lon: 73, precision: 'city-centroid' },
  status: 'planned',
  statusNote: '',
  developer: null,
  area: null,
  dates: [
    { kind: 'withdrawn', date: '2025-10', note: 'CDA withdrew the 140-acre land offer (Dawn, Oct 2025)' },
  ],
  provenance,
} satisfies Zone;

const events = [
  event('sedaLoi', '2022-08-01', 'letter-of-intent'),
  event('act', '2021-10-04', 'legislation'),
  event('claim', '2022-08-02', 'claim'),
  event('undated', null, 'institution'),
  event('nust', '2024-08-16', 'zone-notification', ['stz-nust']),
  event('sedaEvent', '2022-07-29', 'institution', ['cn-seda']),
];
const seda = {
  ...zone,
  id: 'cn-seda',
  shortName: 'SEDA',
  country: 'CN',
  status: 'counterpart',
  dates: [],
} satisfies Zone;
const nust = { ...zone, id: 'stz-nust', shortName: 'NUST', status: 'notified', dates: [] } satisfies Zone;
const zones = [zone, seda, nust];

describe('toTimeline', () => {
  it('keeps dated milestones and zone withdrawals, oldest first', () => {
    const items = toTimeline(events, zones, emptyFilters, englishLocale);
    expect(items.map((i) => i.id)).toEqual([
      'act',
      'sedaEvent',
      'sedaLoi',
      'nust',
      'stz-islamabad-technopolis-withdrawn-2025-10',
    ]);
    expect(items.at(-1)?.title).toBe('Islamabad Technopolis: CDA withdrew the 140-acre land offer');
  });

  it('follows the years and keeps national milestones under a zone filter', () => {
    const items = toTimeline(
      events,
      zones,
      { ...emptyFilters, zones: ['stz-tech7'], from: 2022 },
      englishLocale,
    );
    // The counterpart's event is national on Pakistan's side; NUST's notification and the withdrawal are not.
    expect(items.map((i) => i.id)).toEqual(['sedaEvent', 'sedaLoi']);
    const nustOnly = toTimeline(events, zones, { ...emptyFilters, zones: ['stz-nust'] }, englishLocale);
    expect(nustOnly.map((i) => i.id)).toContain('nust');
  });

  it('names a withdrawn zone in the deck’s language, and marks data titles as English', () => {
    const bare = {
      ...zone,
      shortNames: { ur: 'اسلام آباد ٹیکنوپولس' },
      dates: [{ kind: 'withdrawn', date: '2025-10', note: '' }],
    } satisfies Zone;
    const items = toTimeline(events, [bare, seda, nust], emptyFilters, createLocale('ur', ur));
    expect(items.at(-1)).toMatchObject({ title: 'اسلام آباد ٹیکنوپولس واپس لے لیا گیا', lang: 'ur' });
    expect(items[0]).toMatchObject({ title: 'act', lang: 'en' });
  });
});
