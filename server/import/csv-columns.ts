/**
 * The CSV form of an observation (docs/observations-template.csv): one row per figure and
 * vintage, provenance flattened into its own columns. Import and export share these names.
 */
import type { Observation } from '@/domain/observation';

/** Chinese and Urdu for the texts (the contract's `texts`); optional, empty when there is none. */
const localColumns = [
  'definitionZhHans',
  'definitionUr',
  'provenanceNoteZhHans',
  'provenanceNoteUr',
  'provenanceMethodZhHans',
  'provenanceMethodUr',
] as const;

export const csvColumns = [
  'indicatorId',
  'geoType',
  'geo',
  'sectorId',
  'period',
  'value',
  'qualifier',
  'vintage',
  'definition',
  'provenanceKind',
  'provenanceSource',
  'provenanceUrl',
  'provenanceAsOf',
  'provenanceNote',
  'provenanceMethod',
  'provenanceCopiedFromName',
  'provenanceCopiedFromUrl',
  ...localColumns,
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
  definition: 'definition',
  'provenance.kind': 'provenanceKind',
  'provenance.source': 'provenanceSource',
  'provenance.url': 'provenanceUrl',
  'provenance.asOf': 'provenanceAsOf',
  'provenance.note': 'provenanceNote',
  'provenance.method': 'provenanceMethod',
  'provenance.copiedFrom.name': 'provenanceCopiedFromName',
  'provenance.copiedFrom.url': 'provenanceCopiedFromUrl',
  'texts.definition.zh-Hans': 'definitionZhHans',
  'texts.definition.ur': 'definitionUr',
  'provenance.texts.note.zh-Hans': 'provenanceNoteZhHans',
  'provenance.texts.note.ur': 'provenanceNoteUr',
  'provenance.texts.method.zh-Hans': 'provenanceMethodZhHans',
  'provenance.texts.method.ur': 'provenanceMethodUr',
};

/** Columns a file may leave out: each fills an optional field. */
export const optionalColumns: readonly CsvColumn[] = [
  'definition',
  'provenanceNote',
  'provenanceMethod',
  'provenanceCopiedFromName',
  'provenanceCopiedFromUrl',
  ...localColumns,
];

type LocalCell = (name: CsvColumn) => string | null;

/** `texts` from the translated columns: only the texts and languages a row fills. */
function textsOf(cell: LocalCell, fields: Record<string, readonly [CsvColumn, CsvColumn]>) {
  const texts = Object.entries(fields).flatMap(([field, [zh, ur]]) => {
    const local = {
      ...(cell(zh) !== null && { 'zh-Hans': cell(zh) }),
      ...(cell(ur) !== null && { ur: cell(ur) }),
    };
    return Object.keys(local).length > 0 ? [[field, local] as const] : [];
  });
  return texts.length > 0 ? { texts: Object.fromEntries(texts) } : {};
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A CSV row to the contract's shape; empty cells are null (or absent, for optional fields). */
export function fromCsvRow(row: Record<string, string | undefined>): Record<string, unknown> {
  const cell = (name: CsvColumn) => {
    const value = row[name]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const raw = cell('value');
  const note = cell('provenanceNote');
  const method = cell('provenanceMethod');
  const definition = cell('definition');
  const copiedFrom = cell('provenanceCopiedFromName');
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
    ...(definition !== null && { definition }),
    ...textsOf(cell, { definition: ['definitionZhHans', 'definitionUr'] }),
    provenance: {
      kind: cell('provenanceKind'),
      source: cell('provenanceSource') ?? '',
      url: cell('provenanceUrl'),
      asOf: cell('provenanceAsOf'),
      ...(note !== null && { note }),
      ...(method !== null && { method }),
      ...(copiedFrom !== null && {
        copiedFrom: { name: copiedFrom, url: cell('provenanceCopiedFromUrl') },
      }),
      ...textsOf(cell, {
        note: ['provenanceNoteZhHans', 'provenanceNoteUr'],
        method: ['provenanceMethodZhHans', 'provenanceMethodUr'],
      }),
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
    definition: o.definition ?? '',
    provenanceKind: o.provenance.kind,
    provenanceSource: o.provenance.source,
    provenanceUrl: o.provenance.url ?? '',
    provenanceAsOf: o.provenance.asOf ?? '',
    provenanceNote: o.provenance.note ?? '',
    provenanceMethod: o.provenance.method ?? '',
    provenanceCopiedFromName: o.provenance.copiedFrom?.name ?? '',
    provenanceCopiedFromUrl: o.provenance.copiedFrom?.url ?? '',
    definitionZhHans: o.texts?.definition?.['zh-Hans'] ?? '',
    definitionUr: o.texts?.definition?.ur ?? '',
    provenanceNoteZhHans: o.provenance.texts?.note?.['zh-Hans'] ?? '',
    provenanceNoteUr: o.provenance.texts?.note?.ur ?? '',
    provenanceMethodZhHans: o.provenance.texts?.method?.['zh-Hans'] ?? '',
    provenanceMethodUr: o.provenance.texts?.method?.ur ?? '',
  };
}
