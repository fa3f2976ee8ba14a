import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import zh from '@/locales/compiled/zh-Hans.json';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toCpecChart } from './to-cpec';

const cpec = [
  obs('cpec-headline', '2013-2023', 25.4e9, {
    provenance: { kind: 'sourced', source: 'GVS', url: null, asOf: '2023-09' },
  }),
  obs('cpec-headline', '2015', 46e9, {
    provenance: { kind: 'sourced', source: 'AFP', url: null, asOf: '2015-04' },
  }),
  obs('cpec-headline', '2018', 18.9e9, {
    provenance: { kind: 'sourced', source: 'The Nation', url: null, asOf: '2018-12-31' },
  }),
];

describe('toCpecChart', () => {
  it('places each figure at the date it was stated, as points that no line joins', () => {
    const model = toCpecChart(cpec, [], englishLocale)?.model;
    expect(model?.series.map((s) => s.type)).toEqual(['dots']);
    expect(model?.data.map((d) => d.heading)).toEqual([
      'Stated Apr 2015',
      'Stated 31 Dec 2018',
      'Stated Sep 2023',
    ]);
    expect(model?.data.map((d) => d.labels?.cpec)).toEqual(['$46bn', '$18.9bn', '$25.4bn over 2013–23']);
  });

  it('shortens a span in the label from the period itself, never across centuries', () => {
    const spans = [
      obs('cpec-headline', '1995-2005', 2e9, {
        provenance: { kind: 'sourced', source: 'A', url: null, asOf: '2006-01' },
      }),
      ...cpec,
    ];
    const labels = (locale: typeof englishLocale) =>
      toCpecChart(spans, [], locale)?.model.data.map((d) => d.labels?.cpec);
    expect(labels(englishLocale)).toEqual([
      '$2bn over 1995–2005',
      '$46bn',
      '$18.9bn',
      '$25.4bn over 2013–23',
    ]);
    // Chinese says the years in full, as its summary does.
    const chinese = createLocale('zh-Hans', zh as unknown as Catalogue);
    expect(labels(chinese)?.at(-1)).toBe('2013年–2023年共US$254亿');
  });

  it('says in the summary that these are statements, not a series', () => {
    expect(toCpecChart(cpec, [], englishLocale)?.summary).toBe(
      '3 CPEC headline figures, each a separate statement rather than a series: $46bn (stated Apr 2015), $18.9bn (stated 31 Dec 2018) and $25.4bn over 2013–2023 (stated Sep 2023).',
    );
  });

  it('ignores other indicators and returns nothing without figures', () => {
    expect(toCpecChart([obs('fdi-net-total', 'FY2025', 1)], [], englishLocale)).toBeNull();
  });
});
