import { describe, expect, it } from 'vitest';
import { toFreshness } from './freshness';

const meta = [
  { indicatorId: 'fdi', lastUpdated: '2025-07-19', nextExpected: '2026-07-19', overdue: true },
  { indicatorId: 'ict', lastUpdated: '2025-08', nextExpected: '2026-08', overdue: false },
  { indicatorId: 'stz', lastUpdated: '2024', nextExpected: null, overdue: false },
  { indicatorId: 'none', lastUpdated: null, nextExpected: null, overdue: false },
];

describe('toFreshness', () => {
  it('says when a series was updated and when the next release is due', () => {
    expect(toFreshness(meta, ['ict'])).toEqual({
      text: 'Updated Aug 2025 · next expected Aug 2026',
      overdue: [],
      series: 1,
    });
  });

  it('gives the earliest and latest updates across series and the earliest expected release, naming overdue ones', () => {
    expect(toFreshness(meta, ['fdi', 'ict'])).toEqual({
      text: 'Series updated 19 Jul 2025 to Aug 2025 · next release expected 19 Jul 2026',
      overdue: ['fdi'],
      series: 2,
    });
  });

  it('leaves out the next release of irregular series, and says nothing without dates', () => {
    expect(toFreshness(meta, ['stz'])?.text).toBe('Updated 2024');
    expect(toFreshness(meta, ['stz', 'ict'])?.text).toBe(
      'Series updated 2024 to Aug 2025 · next release expected Aug 2026',
    );
    expect(toFreshness([...meta, { ...meta[1]!, indicatorId: 'ict2' }], ['ict', 'ict2'])?.text).toBe(
      'Updated Aug 2025 · next expected Aug 2026',
    );
    expect(toFreshness(meta, ['none'])).toBeNull();
    expect(toFreshness(undefined, ['fdi'])).toBeNull();
    expect(toFreshness(meta, [])).toBeNull();
  });
});
