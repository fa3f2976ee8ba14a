/**
 * The exact figures behind a chart, one row per figure with its provenance: rendered as the
 * accessible table and written as CSV, so the screen and the download can never disagree.
 */
import type { Provenance } from '@/domain/provenance';
import { toCsv, type CsvCell } from './csv';

interface FigureColumn {
  key: string;
  header: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
}

export interface FigureRow {
  id: string;
  /** Raw values for CSV: numbers unformatted, so spreadsheets can compute with them. */
  values: Record<string, CsvCell>;
  /** What the on-screen table shows; falls back to the raw value. */
  display: Record<string, string>;
  provenance: Provenance;
}

export interface FigureTable {
  columns: FigureColumn[];
  rows: FigureRow[];
}

/** Copied data names its copy (a public mirror of WDI, say) in the export as on screen. */
const copiedFrom = ({ copiedFrom: copy }: Provenance): string =>
  copy ? [copy.name, copy.url].filter(Boolean).join(' ') : '';

/** Provenance travels with every row: its kind, source, link, as-of date, note, method and copy. */
const PROVENANCE_COLUMNS = [
  { key: 'provenance', header: 'provenance' },
  { key: 'source', header: 'source' },
  { key: 'source_url', header: 'source_url' },
  { key: 'as_of', header: 'as_of' },
  { key: 'note', header: 'note' },
  { key: 'method', header: 'method' },
  { key: 'copied_from', header: 'copied_from' },
] as const;

export function figureTableToCsv(table: FigureTable, preamble: readonly string[] = []): string {
  const columns = [...table.columns.map(({ key, header }) => ({ key, header })), ...PROVENANCE_COLUMNS];
  const rows = table.rows.map((row): Record<string, CsvCell> => ({
    ...row.values,
    provenance: row.provenance.kind,
    source: row.provenance.source,
    source_url: row.provenance.url,
    as_of: row.provenance.asOf,
    note: row.provenance.note ?? '',
    method: row.provenance.method ?? '',
    copied_from: copiedFrom(row.provenance),
  }));
  return toCsv(columns, rows, { preamble });
}

export const displayCell = (row: FigureRow, key: string): string => {
  const shown = row.display[key];
  if (shown !== undefined) return shown;
  const raw = row.values[key];
  return raw === null || raw === undefined ? '' : String(raw);
};
