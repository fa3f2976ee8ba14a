import type { Observation } from '@/domain/observation';
import { periodEndYear } from '@/domain/period';
import type { observations } from '../db/schema';

type Row = typeof observations.$inferSelect;
type Insert = typeof observations.$inferInsert;

/** A stored row back to the contract's record; optional note only when present. */
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
    provenance: {
      kind: row.provKind as Observation['provenance']['kind'],
      source: row.provSource,
      url: row.provUrl,
      asOf: row.provAsOf,
      ...(row.provNote !== null && { note: row.provNote }),
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
  };
}
