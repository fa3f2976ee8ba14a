import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { seriesOf } from './observation-series';

describe('seriesOf', () => {
  it('keeps one figure per period, preferring the revised one, oldest first', () => {
    const series = seriesOf(
      [
        obs('fdi-net-china', 'FY2025', 1227e6),
        obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' }),
        obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' }),
        obs('fdi-net-total', 'FY2024', 1),
      ],
      'fdi-net-china',
    );
    expect(series.map((o) => [o.period, o.value])).toEqual([
      ['FY2024', 643e6],
      ['FY2025', 1227e6],
    ]);
  });
});
