import { describe, expect, it } from 'vitest';
import { compareAsOf } from './provenance';

describe('compareAsOf', () => {
  it('orders partial dates oldest first, undated first of all', () => {
    const dates = ['2025-07-19', null, '2024', '2025-07', '2023-12-31', '2025-07-02'];
    expect(dates.toSorted(compareAsOf)).toEqual([
      null,
      '2023-12-31',
      '2024',
      '2025-07',
      '2025-07-02',
      '2025-07-19',
    ]);
  });

  it('gives 0 for the same date and for two undated figures', () => {
    expect(compareAsOf('2024-05', '2024-05')).toBe(0);
    expect(compareAsOf(null, null)).toBe(0);
  });
});
