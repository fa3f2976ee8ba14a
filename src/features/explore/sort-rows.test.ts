import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';
import type { TableRow } from './to-table-rows';

const row = (place: string, value: number, periodSort: number) =>
  ({ place, value, periodSort, key: place }) as TableRow;
const rows = [row('Lahore', 5, 2024), row('Haripur', 12, 2022), row('Islamabad', 5, 2025)];

describe('sortRows', () => {
  it('sorts numbers numerically in either direction, keeping ties in order', () => {
    expect(sortRows(rows, [{ id: 'value', desc: true }]).map((r) => r.place)).toEqual([
      'Haripur',
      'Lahore',
      'Islamabad',
    ]);
    expect(sortRows(rows, [{ id: 'value', desc: false }]).map((r) => r.place)).toEqual([
      'Lahore',
      'Islamabad',
      'Haripur',
    ]);
  });

  it('sorts text alphabetically and periods by time', () => {
    expect(sortRows(rows, [{ id: 'place', desc: false }]).map((r) => r.place)).toEqual([
      'Haripur',
      'Islamabad',
      'Lahore',
    ]);
    expect(sortRows(rows, [{ id: 'period', desc: true }]).map((r) => r.place)).toEqual([
      'Islamabad',
      'Lahore',
      'Haripur',
    ]);
  });

  it('leaves rows as they are without a known sort', () => {
    expect(sortRows(rows, [])).toBe(rows);
    expect(sortRows(rows, [{ id: 'nope', desc: false }])).toBe(rows);
  });
});
