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
    });
  });

  it('takes the latest update and the earliest expected release across series, naming overdue ones', () => {
    expect(toFreshness(meta, ['fdi', 'ict'])).toEqual({
      text: 'Updated Aug 2025 · next expected 19 Jul 2026',
      overdue: ['fdi'],
    });
  });

  it('leaves out the next release of irregular series, and says nothing without dates', () => {
    expect(toFreshness(meta, ['stz'])?.text).toBe('Updated 2024');
    expect(toFreshness(meta, ['none'])).toBeNull();
    expect(toFreshness(undefined, ['fdi'])).toBeNull();
    expect(toFreshness(meta, [])).toBeNull();
  });
});
