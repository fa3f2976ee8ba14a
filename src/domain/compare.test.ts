import { describe, expect, it } from 'vitest';
import { compareCodes, compareEnglishNames } from './compare';

describe('compareCodes and compareEnglishNames', () => {
  it('orders ids and periods by their characters', () => {
    expect(['FY2025', '2023', 'FY2024', '2017'].toSorted(compareCodes)).toEqual([
      '2017',
      '2023',
      'FY2024',
      'FY2025',
    ]);
  });

  it('orders names as a reader does, where character order would put every capital first', () => {
    const names = ['beta Park', 'Delta', 'Élan Hub', 'alpha Zone'];
    expect(names.toSorted(compareEnglishNames)).toEqual(['alpha Zone', 'beta Park', 'Delta', 'Élan Hub']);
    expect(names.toSorted(compareCodes)).toEqual(['Delta', 'alpha Zone', 'beta Park', 'Élan Hub']);
  });
});
