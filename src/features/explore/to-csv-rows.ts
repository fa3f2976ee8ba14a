import type { CsvColumn } from '@/lib/csv';
import type { TableRow } from './to-table-rows';

export interface CsvRow {
  place: string;
  placeType: string;
  sector: string;
  indicator: string;
  period: string;
  value: number;
  unit: string;
  provenance: string;
  source: string;
  sourceUrl: string | null;
  asOf: string | null;
  note: string;
}

/** Every exported row keeps its provenance: kind, source, link, as-of date and note. */
export const csvColumns: CsvColumn<keyof CsvRow>[] = [
  { key: 'place', header: 'Zone or place' },
  { key: 'placeType', header: 'Place type' },
  { key: 'sector', header: 'Sector' },
  { key: 'indicator', header: 'Indicator' },
  { key: 'period', header: 'Period' },
  { key: 'value', header: 'Value' },
  { key: 'unit', header: 'Unit' },
  { key: 'provenance', header: 'Provenance' },
  { key: 'source', header: 'Source' },
  { key: 'sourceUrl', header: 'Source URL' },
  { key: 'asOf', header: 'As of' },
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
    unit: r.unit,
    provenance: r.kind,
    source: r.source,
    sourceUrl: r.sourceUrl,
    asOf: r.asOf,
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
