import { describe, expect, it } from 'vitest';
import { addYears, contentVersion, contentVersionInSlices, isOverdue, toIndicatorMeta } from './meta';

describe('addYears', () => {
  it('keeps the precision the source gave', () => {
    expect(addYears('2025', 1)).toBe('2026');
    expect(addYears('2025-07', 1)).toBe('2026-07');
    expect(addYears('2023-05-19', 10)).toBe('2033-05-19');
  });
});

describe('isOverdue', () => {
  it('is overdue only once the whole expected period has passed', () => {
    expect(isOverdue('2026', '2026-12-31')).toBe(false);
    expect(isOverdue('2026', '2027-01-01')).toBe(true);
    expect(isOverdue('2026-07', '2026-07-31')).toBe(false);
    expect(isOverdue('2026-07', '2026-08-01')).toBe(true);
    expect(isOverdue('2026-07-19', '2026-07-20')).toBe(true);
    expect(isOverdue(null, '2099-01-01')).toBe(false);
  });
});

describe('toIndicatorMeta', () => {
  const observations = [
    { indicatorId: 'fdi', provenance: { asOf: '2024-07-17' } },
    { indicatorId: 'fdi', provenance: { asOf: '2025-07-19' } },
    { indicatorId: 'count', provenance: { asOf: '2024' } },
  ];
  it('takes the latest as-of date and adds the release interval of the frequency', () => {
    const meta = toIndicatorMeta(
      [
        { id: 'fdi', frequency: 'fiscal-year' },
        { id: 'count', frequency: 'irregular' },
        { id: 'empty', frequency: 'annual' },
      ],
      observations,
      '2026-11-30',
    );
    expect(meta).toEqual([
      { indicatorId: 'fdi', lastUpdated: '2025-07-19', nextExpected: '2026-07-19', overdue: true },
      { indicatorId: 'count', lastUpdated: '2024', nextExpected: null, overdue: false },
      { indicatorId: 'empty', lastUpdated: null, nextExpected: null, overdue: false },
    ]);
  });
});

describe('contentVersion', () => {
  it('is stable for equal content and changes with it', () => {
    expect(contentVersion({ a: [1, 2] })).toBe(contentVersion({ a: [1, 2] }));
    expect(contentVersion({ a: [1, 2] })).not.toBe(contentVersion({ a: [1, 3] }));
    expect(contentVersion('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores the order of object keys', () => {
    expect(contentVersion([{ a: 1, b: { c: 2, d: 3 } }])).toBe(contentVersion([{ b: { d: 3, c: 2 }, a: 1 }]));
  });
});

describe('contentVersionInSlices', () => {
  it('gives the fingerprint contentVersion gives, pausing between slices of records', async () => {
    const dataset = {
      zones: [{ name: 'NUST', id: 'stz-nust', shortName: 'NUST' }],
      observations: Array.from({ length: 1203 }, (_, i) => ({ value: i, id: `o${i}`, at: { z: 1, a: 2 } })),
      meta: { b: 1, a: undefined },
      empty: [],
      gone: undefined,
    };
    let pauses = 0;
    const version = await contentVersionInSlices(dataset, () => {
      pauses += 1;
      return undefined;
    });
    expect(version).toBe(contentVersion(dataset));
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});
