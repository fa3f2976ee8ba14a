import type { CsvColumn } from '@/lib/csv';
import { csvNotes } from '@/lib/csv-notes';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import type { TableRow } from './to-table-rows';
import { columnMessages } from '@/lib/column-messages';

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

const ownHeaders = defineMessages({
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
  sector_id: { id: 'explore.csv.sector-id', defaultMessage: 'Sector code', description: 'CSV header.' },
  indicator_id: {
    id: 'explore.csv.indicator-id',
    defaultMessage: 'Indicator code',
    description: 'CSV header.',
  },
  period_id: {
    id: 'explore.csv.period-id',
    defaultMessage: 'Period code',
    description: 'CSV header: the period as the data gives it ("FY2025", "2024-08").',
  },
  qualifier: {
    id: 'explore.csv.qualifier',
    defaultMessage: 'Qualifier',
    description:
      'CSV header: "more-than" when the source gave a floor ("20+"), "about" when it rounded (cells keep these codes).',
  },
  definition: {
    id: 'explore.csv.definition',
    defaultMessage: 'Definition',
    description: 'CSV header: what was counted, where sources count differently.',
  },
});

/** Every column in the file's order: the shared names where a chart table has the same column. */
const headers: Record<keyof CsvRow, MessageDescriptor> = {
  place: columnMessages.place,
  place_id: ownHeaders.place_id,
  place_type: ownHeaders.place_type,
  sector: columnMessages.sector,
  sector_id: ownHeaders.sector_id,
  indicator: columnMessages.indicator,
  indicator_id: ownHeaders.indicator_id,
  vintage: columnMessages.vintage,
  period: columnMessages.period,
  period_id: ownHeaders.period_id,
  value: columnMessages.value,
  qualifier: ownHeaders.qualifier,
  unit: columnMessages.unit,
  provenance: columnMessages.provenance,
  source: columnMessages.source,
  source_url: columnMessages.sourceUrl,
  as_of: columnMessages.asOf,
  definition: ownHeaders.definition,
  method: columnMessages.method,
  copied_from: columnMessages.copiedFrom,
  note: columnMessages.note,
};

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
