import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toChartPptx } from './to-chart-pptx';
import { toFdiChart } from './to-fdi';

describe('toChartPptx', () => {
  it('carries the chart’s categories, real values and on-screen colours as a native bar chart', () => {
    const shaped = toFdiChart(
      [
        obs('fdi-net-total', 'FY2023', 1_456_000_000),
        obs('fdi-net-total', 'FY2024', 1_900_000_000),
        obs('fdi-net-china', 'FY2024', 650_000_000),
      ],
      [],
      englishLocale,
    );
    if (!shaped) throw new Error('no chart');
    const chart = toChartPptx('Net FDI', shaped, englishLocale);
    expect(chart.type).toBe('bar');
    expect(chart.categories).toEqual(['FY2023', 'FY2024']);
    expect(chart.series).toEqual([
      {
        name: 'Net FDI, all countries',
        values: [1_456_000_000, 1_900_000_000],
        colour: '#5b6770',
        illustrative: false,
      },
      { name: 'Net FDI from China', values: [null, 650_000_000], colour: '#C1272D', illustrative: false },
    ]);
    expect(chart.valueFormat).toBe('"$"#,##0.0,,,"bn"');
    expect(chart.summary).toBe(shaped.summary);
  });

  it('marks a series illustrative when any of its figures is', () => {
    const shaped = toFdiChart([obs('fdi-net-china', 'FY2024', 5, {}, 'illustrative')], [], englishLocale);
    if (!shaped) throw new Error('no chart');
    expect(
      toChartPptx('x', shaped, englishLocale).series.find((s) => s.name === 'Net FDI from China')
        ?.illustrative,
    ).toBe(true);
  });
});
