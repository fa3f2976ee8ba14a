/**
 * CSV for analysts: RFC 4180 quoting by papaparse, UTF-8, and cells neutralised against formula
 * injection, because our cells carry text from third-party sources (titles, notes, URLs) that a
 * spreadsheet would otherwise run as a formula.
 */
import Papa from 'papaparse';
import { downloadBlob } from './download';

export interface CsvColumn<K extends string = string> {
  /** The row's field; with `ids`, also the column's machine-readable id (the same in every language). */
  key: K;
  /** The column's name for people, in the reader's language. */
  header: string;
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text starting with = + - @ tab or carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets. The OWASP advice is a leading apostrophe, which makes the cell plain text.
 * Numbers are left alone: a number cannot carry a formula, and "-43100000" must stay a number.
 * (papaparse's own escapeFormulae regex ends in `.*$` without the s flag, so it misses
 * "=cmd\n…"; this one only looks at the first character.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: CsvCell): CsvCell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** Lines written above the header, e.g. the filters or the source of an export; one cell each. */
  preamble?: readonly string[];
  /**
   * Start the file with a row of the columns' keys: stable ids a script can rely on whatever the
   * language; the preamble and the localised header row follow it, then the data.
   */
  ids?: boolean;
}

/** Anything else a row may hold (a Date, an object) is written as text, then neutralised like text. */
function toCell(value: unknown): CsvCell {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** Rows may be any object type (interfaces included); columns pick and order their keys. */
export function toCsv<Row extends object>(
  columns: readonly CsvColumn<Extract<keyof Row, string>>[],
  rows: readonly Row[],
  { preamble = [], ids = false }: CsvOptions = {},
): string {
  const table = [
    ...(ids ? [columns.map((c) => neutraliseCell(c.key))] : []),
    ...preamble.map((line) => [neutraliseCell(line)]),
    columns.map((c) => neutraliseCell(c.header)),
    ...rows.map((row) => columns.map((c) => neutraliseCell(toCell(row[c.key])))),
  ];
  return Papa.unparse(table, { newline: '\r\n' });
}

/**
 * Downloads text as a file. CSV gets a byte-order mark: without it Excel opens UTF-8 as
 * Windows-1252 and garbles "–", "≈" and non-Latin names.
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const bom = mime.startsWith('text/csv') ? '\uFEFF' : '';
  downloadBlob(filename, new Blob([bom + text], { type: mime }));
}
