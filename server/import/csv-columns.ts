/**
 * The CSV form of an observation (docs/observations-template.csv): one row per figure and
 * vintage, provenance flattened into its own columns. Import and export share these names.
 */
import type { Observation } from '@/domain/observation';

export const csvColumns = [
  'indicatorId',
  'geoType',
  'geo',
  'sectorId',
  'period',
  'value',
  'qualifier',
  'vintage',
  'provenanceKind',
  'provenanceSource',
  'provenanceUrl',
  'provenanceAsOf',
  'provenanceNote',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** The contract field each column fills, used to name the column in a validation problem. */
export const columnOfPath: Record<string, CsvColumn> = {
  indicatorId: 'indicatorId',
  geoType: 'geoType',
  geo: 'geo',
  sectorId: 'sectorId',
  period: 'period',
  value: 'value',
  qualifier: 'qualifier',
  vintage: 'vintage',
  'provenance.kind': 'provenanceKind',
  'provenance.source': 'provenanceSource',
  'provenance.url': 'provenanceUrl',
  'provenance.asOf': 'provenanceAsOf',
  'provenance.note': 'provenanceNote',
};

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A CSV row to the contract's shape; empty cells are null (or absent, for the optional note). */
export function fromCsvRow(row: Record<string, string | undefined>): Record<string, unknown> {
  const cell = (name: CsvColumn) => {
    const value = row[name]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const raw = cell('value');
  const note = cell('provenanceNote');
  return {
    indicatorId: cell('indicatorId') ?? '',
    geoType: cell('geoType'),
    geo: cell('geo') ?? '',
    sectorId: cell('sectorId'),
    period: cell('period'),
    // Text that is not a plain number stays text, so the contract reports it as the wrong type.
    value: raw !== null && NUMBER.test(raw) ? Number(raw) : raw,
    qualifier: cell('qualifier'),
    vintage: cell('vintage'),
    provenance: {
      kind: cell('provenanceKind'),
      source: cell('provenanceSource') ?? '',
      url: cell('provenanceUrl'),
      asOf: cell('provenanceAsOf'),
      ...(note !== null && { note }),
    },
  };
}

export function toCsvRow(o: Observation): Record<CsvColumn, string> {
  return {
    indicatorId: o.indicatorId,
    geoType: o.geoType,
    geo: o.geo,
    sectorId: o.sectorId ?? '',
    period: o.period,
    value: String(o.value),
    qualifier: o.qualifier ?? '',
    vintage: o.vintage ?? '',
    provenanceKind: o.provenance.kind,
    provenanceSource: o.provenance.source,
    provenanceUrl: o.provenance.url ?? '',
    provenanceAsOf: o.provenance.asOf,
    provenanceNote: o.provenance.note ?? '',
  };
}
