// @vitest-environment happy-dom
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { downloadText, neutraliseCell, toCsv } from './csv';

const columns = [
  { key: 'name', header: 'Name' },
  { key: 'value', header: 'Value' },
] as const;

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv([...columns], [{ name: 'Pakistan', value: 241_490_000 }])).toBe(
      'Name,Value\r\nPakistan,241490000',
    );
  });

  it('quotes commas, quotes and line breaks so the cells survive a round trip', () => {
    const rows = [{ name: 'Profit, 7 Feb "2022"\nIslamabad', value: 1 }];
    const text = toCsv([...columns], rows);
    expect(Papa.parse<string[]>(text).data[1]).toEqual(['Profit, 7 Feb "2022"\nIslamabad', '1']);
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=cmd\nsecond line'])(
    'neutralises a cell starting a formula: %j',
    (cell) => {
      const text = toCsv([...columns], [{ name: cell, value: 0 }]);
      const parsed = Papa.parse<string[]>(text).data[1];
      expect(parsed?.[0]).toBe(`'${cell}`);
    },
  );

  it('keeps numbers numeric, negative ones included', () => {
    expect(toCsv([...columns], [{ name: 'outflow', value: -43_100_000 }])).toContain('outflow,-43100000');
    expect(neutraliseCell(-5)).toBe(-5);
  });

  it('leaves harmless text alone, including a formula character later in the cell', () => {
    expect(neutraliseCell('FY2024 = revised')).toBe('FY2024 = revised');
    expect(neutraliseCell('2013–2023')).toBe('2013–2023');
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv([...columns], [{ name: null, value: undefined }])).toBe('Name,Value\r\n,');
  });

  it('puts preamble lines above the header, one quoted cell each, and neutralises them too', () => {
    const text = toCsv([...columns], [{ name: 'a', value: 1 }], {
      preamble: ['Filters: zones = NUST, Tech7', '=evil()'],
    });
    const lines = Papa.parse<string[]>(text).data;
    expect(lines[0]).toEqual(['Filters: zones = NUST, Tech7']);
    expect(lines[1]).toEqual(["'=evil()"]);
    expect(lines[2]).toEqual(['Name', 'Value']);
  });

  it('with ids, starts with the column keys, then the preamble, the header row and the rows', () => {
    const text = toCsv([...columns], [{ name: 'a', value: 1 }], { ids: true, preamble: ['Exported today'] });
    expect(Papa.parse<string[]>(text).data).toEqual([
      ['name', 'value'],
      ['Exported today'],
      ['Name', 'Value'],
      ['a', '1'],
    ]);
  });

  it('neutralises a header that looks like a formula', () => {
    expect(toCsv([{ key: 'v', header: '=x' }], [{ v: 1 }])).toBe("'=x\r\n1");
  });
});

describe('downloadText', () => {
  it('saves CSV as UTF-8 with a byte-order mark through a temporary link', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('data.csv', 'a,b', 'text/csv;charset=utf-8');
    expect(click).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await created[0]!.text()).toContain('a,b');
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});
