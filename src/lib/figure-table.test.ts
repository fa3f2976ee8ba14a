import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { displayCell, figureTableToCsv, type FigureTable } from './figure-table';

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

describe('figureTableToCsv', () => {
  it('writes raw values and a provenance column set on every row', () => {
    const [header, row] = Papa.parse<string[]>(figureTableToCsv(table)).data;
    expect(header).toEqual([
      'Fiscal year',
      'Net FDI (USD)',
      'provenance',
      'source',
      'source_url',
      'as_of',
      'note',
      'method',
      'copied_from',
    ]);
    expect(row).toEqual([
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
    const [, row] = Papa.parse<string[]>(figureTableToCsv(copied)).data;
    expect(row?.slice(-3)).toEqual([
      '',
      '',
      'GitHub datasets/population https://github.com/datasets/population',
    ]);
    expect(row?.[5]).toBe('');
  });

  it('starts with the preamble lines', () => {
    const lines = Papa.parse<string[]>(figureTableToCsv(table, ['Net FDI into Pakistan'])).data;
    expect(lines[0]).toEqual(['Net FDI into Pakistan']);
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
