import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs, sedaFortuneFigures, zoneSectorCompanies } from '@test/builders';

const en = englishLocale;
import { toCategoryPptx, toChartPptx } from './to-chart-pptx';
import { toZoneSectorBreakdown } from './to-breakdown';
import { toFortune500 } from './to-fortune500';
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

describe('toCategoryPptx', () => {
  it('names each category as drawn, with the source it comes from, as upright bars', () => {
    const shaped = toFortune500(sedaFortuneFigures(), englishLocale);
    if (!shaped) throw new Error('no chart');
    const chart = toCategoryPptx('SEDA on the Fortune lists', shaped, englishLocale);
    expect(chart.type).toBe('bar');
    expect(chart.horizontal).toBeUndefined();
    expect(chart.categories).toEqual([
      expect.stringMatching(/^2018 report \(.+\)$/),
      expect.stringMatching(/^2022 announcement \(.+\)$/),
    ]);
    expect(chart.series.map((s) => s.values)).toEqual([[32, 84]]);
    expect(chart.altText).toBe(`SEDA on the Fortune lists. ${shaped.summary}`);
  });

  it('keeps an illustrative zone × sector split stacked, lying down and marked illustrative', () => {
    const names = {
      zones: new Map([['stz-nust', 'NUST Islamabad']]),
      sectors: new Map([
        ['it-software', 'IT & software'],
        ['ites', 'IT-enabled services'],
      ]),
    };
    const cells = zoneSectorCompanies('stz-nust', { 'it-software': 3, ites: 1 });
    const header = { id: 'test.companies', defaultMessage: 'Companies' };
    const shaped = toZoneSectorBreakdown(cells, 'zone-companies', 'count', names, header, 'companies', en);
    if (!shaped) throw new Error('no chart');
    const chart = toCategoryPptx('Companies', shaped, englishLocale);
    expect(chart).toMatchObject({
      type: 'stacked-bar',
      horizontal: true,
      categories: ['NUST Islamabad (total 4)'],
    });
    expect(chart.series.map((s) => [s.name, s.values, s.illustrative])).toEqual([
      ['IT & software', [3], true],
      ['IT-enabled services', [1], true],
    ]);
  });
});
