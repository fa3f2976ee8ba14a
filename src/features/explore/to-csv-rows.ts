import type { CsvColumn } from '@/lib/csv';
import { csvNotes } from '@/lib/csv-notes';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { TableRow } from './to-table-rows';

/** One exported row: names in the reader's language beside the ids and codes that never change. */
export interface CsvRow {
  place: string;
  place_id: string;
  place_type: string;
  sector: string;
  sector_id: string;
  indicator: string;
  indicator_id: string;
  vintage: string;
  period: string;
  period_id: string;
  value: number;
  qualifier: string;
  unit: string;
  provenance: string;
  source: string;
  source_url: string | null;
  as_of: string | null;
  definition: string;
  method: string;
  copied_from: string;
  note: string;
}

const headers = defineMessages({
  place: { id: 'explore.csv.place', defaultMessage: 'Zone or place', description: 'CSV header.' },
  place_id: {
    id: 'explore.csv.place-id',
    defaultMessage: 'Place code',
    description: 'CSV header: zone id, ISO country or province code.',
  },
  place_type: {
    id: 'explore.csv.place-type',
    defaultMessage: 'Place type',
    description: 'CSV header: zone, province or country (the cells keep the English codes).',
  },
  sector: { id: 'explore.csv.sector', defaultMessage: 'Sector', description: 'CSV header.' },
  sector_id: { id: 'explore.csv.sector-id', defaultMessage: 'Sector code', description: 'CSV header.' },
  indicator: { id: 'explore.csv.indicator', defaultMessage: 'Indicator', description: 'CSV header.' },
  indicator_id: {
    id: 'explore.csv.indicator-id',
    defaultMessage: 'Indicator code',
    description: 'CSV header.',
  },
  vintage: {
    id: 'explore.csv.vintage',
    defaultMessage: 'Vintage',
    description: 'CSV header: first-reported or revised release of a figure (cells keep the English codes).',
  },
  period: {
    id: 'explore.csv.period',
    defaultMessage: 'Period',
    description: 'CSV header: the period in words, e.g. a fiscal year with its months.',
  },
  period_id: {
    id: 'explore.csv.period-id',
    defaultMessage: 'Period code',
    description: 'CSV header: the period as the data gives it ("FY2025", "2024-08").',
  },
  value: {
    id: 'explore.csv.value',
    defaultMessage: 'Value',
    description: 'CSV header: the exact figure, unformatted.',
  },
  qualifier: {
    id: 'explore.csv.qualifier',
    defaultMessage: 'Qualifier',
    description:
      'CSV header: "more-than" when the source gave a floor ("20+"), "about" when it rounded (cells keep these codes).',
  },
  unit: {
    id: 'explore.csv.unit',
    defaultMessage: 'Unit',
    description: 'CSV header (cells keep codes: USD, PKR, CNY, persons, count, %).',
  },
  provenance: { id: 'explore.csv.provenance', defaultMessage: 'Provenance', description: 'CSV header.' },
  source: { id: 'explore.csv.source', defaultMessage: 'Source', description: 'CSV header.' },
  source_url: { id: 'explore.csv.source-url', defaultMessage: 'Source link', description: 'CSV header.' },
  as_of: {
    id: 'explore.csv.as-of',
    defaultMessage: 'As of',
    description: 'CSV header: the date the source gave the figure (YYYY-MM-DD, as partial as the source).',
  },
  definition: {
    id: 'explore.csv.definition',
    defaultMessage: 'Definition',
    description: 'CSV header: what was counted, where sources count differently.',
  },
  method: { id: 'explore.csv.method', defaultMessage: 'Method', description: 'CSV header.' },
  copied_from: {
    id: 'explore.csv.copied-from',
    defaultMessage: 'Copied from',
    description: 'CSV header: the public copy (mirror) a figure was taken from, when it was copied.',
  },
  note: { id: 'explore.csv.note', defaultMessage: 'Note', description: 'CSV header.' },
});

const preamble = defineMessages({
  title: {
    id: 'explore.csv.title',
    defaultMessage: 'Tech Corridor: China–Pakistan technology cooperation data',
    description: 'First line of the CSV preamble: the dashboard and what the file holds.',
  },
  indicator: {
    id: 'explore.csv.preamble-indicator',
    defaultMessage: 'Indicator: {indicator}',
    description: 'CSV preamble line: the indicator chosen, or "All indicators".',
  },
  exported: {
    id: 'explore.csv.exported',
    defaultMessage: 'Exported: {date} (UTC, {timestamp})',
    description: 'CSV preamble line: when the file was made; date formatted, timestamp ISO 8601.',
  },
});

/** The columns: each key is its stable id (the file's first row), each header in the reader's language. */
export function csvColumns(locale: Locale): CsvColumn<keyof CsvRow>[] {
  return (Object.keys(headers) as (keyof CsvRow)[]).map((key) => ({
    key,
    header: locale.format(headers[key]),
  }));
}

/** Every exported row keeps its provenance: kind, source, link, as-of date, method and note. */
export function toCsvRows(rows: readonly TableRow[]): CsvRow[] {
  return rows.map((r) => ({
    place: r.place.text,
    place_id: r.placeId,
    place_type: r.placeType,
    sector: r.sector?.text ?? '',
    sector_id: r.sectorId,
    indicator: r.indicator.text,
    indicator_id: r.indicatorId,
    vintage: r.vintage,
    period: r.period,
    period_id: r.periodId,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    provenance: r.kind,
    source: r.source,
    source_url: r.sourceUrl,
    as_of: r.asOf,
    definition: r.definition,
    method: r.method,
    copied_from: r.copiedFrom,
    note: r.note,
  }));
}

/** Above the header row: what the file is, the filters, the indicator, when, and what the codes mean. */
export function csvPreamble(summary: string, indicator: string, exportedAt: Date, locale: Locale): string[] {
  const iso = exportedAt.toISOString();
  return [
    locale.format(preamble.title),
    summary,
    locale.format(preamble.indicator, { indicator }),
    locale.format(preamble.exported, { date: locale.date(iso.slice(0, 10)), timestamp: iso }),
    ...csvNotes(locale),
  ];
}
