import type { CsvColumn } from '@/lib/csv';
import type { TableRow } from './to-table-rows';

export interface CsvRow {
  place: string;
  placeType: string;
  sector: string;
  indicator: string;
  period: string;
  value: number;
  qualifier: string;
  unit: string;
  provenance: string;
  source: string;
  sourceUrl: string | null;
  asOf: string | null;
  vintage: string;
  definition: string;
  method: string;
  copiedFrom: string;
  note: string;
}

/**
 * Every exported row keeps what the screen says of it: a floor ("more than" 20), the vintage and
 * definition, and its provenance: kind, source, link, as-of date, method, the copy it came from, note.
 */
export const csvColumns: CsvColumn<keyof CsvRow>[] = [
  { key: 'place', header: 'Zone or place' },
  { key: 'placeType', header: 'Place type' },
  { key: 'sector', header: 'Sector' },
  { key: 'indicator', header: 'Indicator' },
  { key: 'period', header: 'Period' },
  { key: 'value', header: 'Value' },
  { key: 'qualifier', header: 'Qualifier' },
  { key: 'unit', header: 'Unit' },
  { key: 'provenance', header: 'Provenance' },
  { key: 'source', header: 'Source' },
  { key: 'sourceUrl', header: 'Source URL' },
  { key: 'asOf', header: 'As of' },
  { key: 'vintage', header: 'Vintage' },
  { key: 'definition', header: 'Definition' },
  { key: 'method', header: 'Method' },
  { key: 'copiedFrom', header: 'Copied from' },
  { key: 'note', header: 'Note' },
];

export function toCsvRows(rows: readonly TableRow[]): CsvRow[] {
  return rows.map((r) => ({
    place: r.place,
    placeType: r.placeType,
    sector: r.sector,
    indicator: r.indicator,
    period: r.period,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    provenance: r.kind,
    source: r.source,
    sourceUrl: r.sourceUrl,
    asOf: r.asOf,
    vintage: r.vintage,
    definition: r.definition,
    method: r.method,
    copiedFrom: r.copiedFrom,
    note: r.note,
  }));
}

export function csvPreamble(summary: string, indicator: string, exportedAt: Date): string[] {
  return [
    'Tech Corridor: China–Pakistan technology cooperation data',
    summary,
    `Indicator: ${indicator}`,
    `Exported: ${exportedAt.toISOString()}`,
    'Provenance: sourced = named public source; announcement = 2022 Letter of Intent announcement only; estimate = rounded, converted or derived; illustrative = generated where no public breakdown exists, not a real figure.',
  ];
}
