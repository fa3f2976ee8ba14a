import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogues';
import { displayCell, figureTableToCsv, type FigureTable } from './figure-table';
import { createLocale } from './locale-world';

const table: FigureTable = {
  columns: [
    { key: 'period', header: 'Fiscal year' },
    { key: 'value', header: 'Net FDI (USD)', numeric: true },
  ],
  rows: [
    {
      id: 'FY2024',
      values: { period: 'FY2024', value: 643_000_000 },
      display: { value: 'US$643,000,000' },
      provenance: {
        kind: 'sourced',
        source: "Business Recorder, 19 Jul 2025 '$2.45bn FDI'",
        url: 'https://www.brecorder.com/x',
        asOf: '2025-07-19',
        note: '-revised figure',
      },
    },
  ],
};

/** The first row: the columns' stable ids, the same in every language. */
const IDS = [
  'period',
  'value',
  'provenance',
  'source',
  'source_url',
  'as_of',
  'note',
  'method',
  'copied_from',
];

describe('figureTableToCsv', () => {
  it('opens with stable column ids, then notes, the header row and raw values with provenance', () => {
    const lines = Papa.parse<string[]>(figureTableToCsv(table)).data;
    expect(lines[0]).toEqual(IDS);
    expect(lines.slice(1, 3).map((l) => l.length)).toEqual([1, 1]);
    expect(lines[2]?.[0]).toMatch(/^Provenance codes: sourced = /);
    expect(lines[3]).toEqual([
      'Fiscal year',
      'Net FDI (USD)',
      'Provenance',
      'Source',
      'Source link',
      'As of',
      'Note',
      'Method',
      'Copied from',
    ]);
    expect(lines[4]).toEqual([
      'FY2024',
      '643000000',
      'sourced',
      "Business Recorder, 19 Jul 2025 '$2.45bn FDI'",
      'https://www.brecorder.com/x',
      '2025-07-19',
      "'-revised figure",
      '',
      '',
    ]);
  });

  it('names the copy a figure was taken from, and leaves an undated source undated', () => {
    const copied: FigureTable = {
      columns: table.columns,
      rows: [
        {
          id: '2023',
          values: { period: '2023', value: 247_504_495 },
          display: {},
          provenance: {
            kind: 'sourced',
            source: 'World Bank WDI (SP.POP.TOTL)',
            url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
            asOf: null,
            copiedFrom: { name: 'GitHub datasets/population', url: 'https://github.com/datasets/population' },
          },
        },
      ],
    };
    const lines = Papa.parse<string[]>(figureTableToCsv(copied)).data;
    const row = lines[4];
    expect(row?.slice(-3)).toEqual([
      '',
      '',
      'GitHub datasets/population https://github.com/datasets/population',
    ]);
    expect(row?.[5]).toBe('');
  });

  it('puts the given preamble lines under the ids, before the notes', () => {
    const lines = Papa.parse<string[]>(figureTableToCsv(table, ['Net FDI into Pakistan'])).data;
    expect(lines[1]).toEqual(['Net FDI into Pakistan']);
  });

  it('writes notes and the header row in the reader’s language, ids and values unchanged', async () => {
    const chinese = createLocale('zh-Hans', await loadCatalogue('zh-Hans'));
    const lines = Papa.parse<string[]>(figureTableToCsv(table, [], chinese)).data;
    expect(lines[0]).toEqual(IDS);
    expect(lines[2]?.[0]).toMatch(/^数据性质代码：sourced = 见于具名公开来源/);
    expect(lines[3]?.slice(2, 8)).toEqual(['数据性质', '来源', '来源链接', '数据截至', '备注', '方法']);
    expect(lines[4]?.slice(0, 3)).toEqual(['FY2024', '643000000', 'sourced']);
  });
});

describe('displayCell', () => {
  it('prefers the display text and falls back to the raw value', () => {
    const row = table.rows[0]!;
    expect(displayCell(row, 'value')).toBe('US$643,000,000');
    expect(displayCell(row, 'period')).toBe('FY2024');
    expect(displayCell(row, 'missing')).toBe('');
  });
});
