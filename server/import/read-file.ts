/** An import file (CSV or JSON) to raw records, each with the line it starts on. */
import Papa from 'papaparse';
import { csvColumns, fromCsvRow } from './csv-columns';
import type { Problem } from './problems';

export interface RawRecord {
  /** 1-based line in the file (CSV: the header is line 1); JSON: the record's position. */
  line: number;
  record: unknown;
}

export interface ReadResult {
  records: RawRecord[];
  problems: Problem[];
  format: 'csv' | 'json';
}

export function readImportFile(name: string, text: string): ReadResult {
  return /\.json$/i.test(name) ? readJson(text) : readCsv(text);
}

function readCsv(text: string): ReadResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const problems: Problem[] = [];
  const header = parsed.meta.fields ?? [];
  const missing = csvColumns.filter((c) => c !== 'provenanceNote' && !header.includes(c));
  for (const column of missing) problems.push({ line: 1, column, message: 'required column is missing' });
  for (const extra of header.filter((h) => !(csvColumns as readonly string[]).includes(h)))
    problems.push({ line: 1, column: extra, message: 'unknown column' });
  for (const error of parsed.errors)
    problems.push({ line: (error.row ?? 0) + 2, column: null, message: `CSV: ${error.message}` });
  // Line numbers follow rows: papaparse's row index + the header line + 1 (no multi-line cells).
  const records = parsed.data.map((row, i) => ({ line: i + 2, record: fromCsvRow(row) }));
  return { records, problems, format: 'csv' };
}

function readJson(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      problems: [{ line: 1, column: null, message: `not JSON: ${String(error)}` }],
      format: 'json',
    };
  }
  // Either a list of observations or an API answer { data: [...] }, so /observations round-trips.
  const list = Array.isArray(json) ? json : (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(list))
    return {
      records: [],
      problems: [{ line: 1, column: null, message: 'expected a list of observations or { "data": [...] }' }],
      format: 'json',
    };
  return { records: list.map((record, i) => ({ line: i + 1, record })), problems: [], format: 'json' };
}
