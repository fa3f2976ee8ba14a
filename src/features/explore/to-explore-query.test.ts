import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/lib/view-filters';
import { toApiSort, toExploreFilter, toStrictFilter } from './to-explore-query';

describe('toApiSort', () => {
  it('names the API field, with - for descending', () => {
    expect(toApiSort([{ id: 'value', desc: true }])).toBe('-value');
    expect(toApiSort([{ id: 'place', desc: false }])).toBe('geo');
    expect(toApiSort([{ id: 'asOf', desc: true }])).toBe('-asOf');
  });

  it('leaves the load order for no sort or a column the API cannot sort', () => {
    expect(toApiSort([])).toBeUndefined();
    expect(toApiSort([{ id: 'unit', desc: false }])).toBeUndefined();
  });
});

describe('toExploreFilter', () => {
  it('asks for every vintage, the indicator, the years and the sort', () => {
    expect(
      toExploreFilter(
        'fdi-net-china',
        { ...emptyFilters, from: 2020, to: 2024 },
        [{ id: 'period', desc: true }],
        {
          hideUnbroken: false,
        },
      ),
    ).toEqual({ vintage: 'all', indicators: ['fdi-net-china'], from: 2020, to: 2024, sort: '-period' });
  });

  it('keeps unsplittable figures with a zone or sector filter unless they are hidden', () => {
    const filters = { ...emptyFilters, zones: ['stz-nust'], sectors: ['it-software'] };
    const kept = toExploreFilter(null, filters, [], { hideUnbroken: false });
    expect(kept).toEqual({
      vintage: 'all',
      zones: ['stz-nust'],
      sectors: ['it-software'],
      unbroken: 'include',
    });
    expect(toExploreFilter(null, filters, [], { hideUnbroken: true }).unbroken).toBeUndefined();
    expect(toExploreFilter(null, emptyFilters, [], { hideUnbroken: false }).unbroken).toBeUndefined();
  });
});

describe('toStrictFilter', () => {
  it('drops unbroken and sort, or is null when nothing unsplit is kept', () => {
    expect(
      toStrictFilter({ vintage: 'all', zones: ['stz-nust'], unbroken: 'include', sort: '-value' }),
    ).toEqual({ vintage: 'all', zones: ['stz-nust'] });
    expect(toStrictFilter({ vintage: 'all', zones: ['stz-nust'] })).toBeNull();
  });
});
