import type { LocalTexts } from '@/domain/local-texts';
import type { Observation } from '@/domain/observation';
import { periodEndYear } from '@/domain/period';
import type { observations } from '../db/schema';

type Row = typeof observations.$inferSelect;
type Insert = typeof observations.$inferInsert;

/**
 * jsonb keeps keys in its own order; answers (and the importer's "unchanged" check) use the
 * contract's: fields as the schema lists them, Chinese before Urdu.
 */
function inOrder<F extends string>(texts: LocalTexts<F>, fields: readonly F[]): LocalTexts<F> {
  return Object.fromEntries(
    fields.flatMap((field) => {
      const local = texts[field];
      if (!local) return [];
      return [
        [
          field,
          { ...(local['zh-Hans'] && { 'zh-Hans': local['zh-Hans'] }), ...(local.ur && { ur: local.ur }) },
        ],
      ];
    }),
  ) as LocalTexts<F>;
}

/** A stored row back to the contract's record; optional fields only when present. */
export function toObservation(row: Row): Observation {
  return {
    indicatorId: row.indicatorId,
    geoType: row.geoType as Observation['geoType'],
    geo: row.geo,
    sectorId: row.sectorId,
    period: row.period,
    value: row.value,
    qualifier: row.qualifier as Observation['qualifier'],
    vintage: row.vintage as Observation['vintage'],
    ...(row.definition !== null && { definition: row.definition }),
    ...(row.texts !== null && { texts: inOrder(row.texts, ['definition']) }),
    provenance: {
      kind: row.provKind as Observation['provenance']['kind'],
      source: row.provSource,
      url: row.provUrl,
      asOf: row.provAsOf,
      ...(row.provNote !== null && { note: row.provNote }),
      ...(row.provMethod !== null && { method: row.provMethod }),
      ...(row.provCopiedFrom !== null && { copiedFrom: row.provCopiedFrom }),
      ...(row.provTexts !== null && { texts: inOrder(row.provTexts, ['note', 'method']) }),
    },
  };
}

export function toObservationRow(o: Observation): Insert {
  return {
    indicatorId: o.indicatorId,
    geoType: o.geoType,
    geo: o.geo,
    sectorId: o.sectorId,
    period: o.period,
    endYear: periodEndYear(o.period),
    value: o.value,
    qualifier: o.qualifier,
    vintage: o.vintage,
    provKind: o.provenance.kind,
    provSource: o.provenance.source,
    provUrl: o.provenance.url,
    provAsOf: o.provenance.asOf,
    provNote: o.provenance.note ?? null,
    definition: o.definition ?? null,
    provMethod: o.provenance.method ?? null,
    provCopiedFrom: o.provenance.copiedFrom ?? null,
    texts: o.texts ?? null,
    provTexts: o.provenance.texts ?? null,
  };
}
