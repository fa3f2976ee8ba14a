import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import { emptyFilters } from '@/lib/view-filters';
import { obs } from '@test/builders';
import { chartInputs, chartQueries, outsideSpan } from './chart-queries';
import { populationCharts } from './demographics-time-charts';
import { fdiChart } from './investment-time-charts';

const answered = (data: Observation[] | undefined) => ({ data }) as UseQueryResult<Observation[]>;
const pakistan = populationCharts[0]!;
const china = populationCharts[1]!;

describe('chartQueries', () => {
  it('asks for the observations first, then one World Bank request per indicator', () => {
    expect(chartQueries(pakistan, emptyFilters).map((q) => q.queryKey.slice(0, 2))).toEqual([
      ['api', 'observations'],
      ['world-bank', 'SP.POP.TOTL'],
    ]);
    expect(chartQueries(china, emptyFilters)).toHaveLength(1);
    expect(chartQueries(fdiChart, { ...emptyFilters, from: 2020 })).toHaveLength(1);
  });
});

describe('chartInputs', () => {
  const census = [obs('population', '2023', 241_490_000)];
  const worldBank = [obs('wb:SP.POP.TOTL', '2024', 251_269_164)];

  it('splits the answers into our observations and the World Bank series', () => {
    expect(chartInputs(pakistan, [answered(census), answered(worldBank)])).toEqual({
      observations: census,
      worldBank,
    });
    expect(chartInputs(china, [answered(worldBank)])).toEqual({ observations: [], worldBank });
  });

  it('waits until every query has answered', () => {
    expect(chartInputs(pakistan, [answered(census), answered(undefined)])).toBeNull();
  });
});

describe('outsideSpan', () => {
  it('says when the years leave a World Bank chart nothing to show', () => {
    expect(outsideSpan(china, { ...emptyFilters, from: 2025 })).toBe(true);
    expect(outsideSpan(china, { ...emptyFilters, from: 2024 })).toBe(false);
    expect(outsideSpan(fdiChart, { ...emptyFilters, from: 2030 })).toBe(false);
  });
});
