/**
 * The exact figures behind a chart, one row per figure with its provenance: rendered as the
 * accessible table and written as CSV, so the screen and the download can never disagree.
 */
import type { Provenance } from '@/domain/provenance';
import { columnMessages } from './column-messages';
import { toCsv, type CsvCell } from './csv';
import { csvNotes } from './csv-notes';
import { englishLocale, type Locale } from './locale';

interface FigureColumn {
  /** Stable id: the CSV's first row, the same in every language. */
  key: string;
  /** The column's name in the reader's language: the table's header and the CSV's header row. */
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

const headers = {
  provenance: columnMessages.provenance,
  source: columnMessages.source,
  source_url: columnMessages.sourceUrl,
  as_of: columnMessages.asOf,
  note: columnMessages.note,
  method: columnMessages.method,
  copied_from: columnMessages.copiedFrom,
};
type ProvenanceColumn = keyof typeof headers;
const PROVENANCE_COLUMNS = Object.keys(headers) as ProvenanceColumn[];

/**
 * Provenance travels with every row: its kind, source, link, as-of date, note and method. The file
 * opens with the column ids, then the preamble and the notes in the reader's language, then the
 * header row in that language.
 */
export function figureTableToCsv(
  table: FigureTable,
  preamble: readonly string[] = [],
  locale: Locale = englishLocale,
): string {
  const columns = [
    ...table.columns.map(({ key, header }) => ({ key, header })),
    ...PROVENANCE_COLUMNS.map((key) => ({ key, header: locale.format(headers[key]) })),
  ];
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
  return toCsv(columns, rows, { ids: true, preamble: [...preamble, ...csvNotes(locale)] });
}

export const displayCell = (row: FigureRow, key: string): string => {
  const shown = row.display[key];
  if (shown !== undefined) return shown;
  const raw = row.values[key];
  return raw === null || raw === undefined ? '' : String(raw);
};
