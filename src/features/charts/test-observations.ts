/** Test helpers: observations as the API returns them, with just what a test cares about. */
import type { Observation } from '@/domain/observation';
import type { ProvenanceKind } from '@/domain/provenance';

export function obs(
  indicatorId: string,
  period: string,
  value: number,
  extra: Partial<Observation> = {},
  kind: ProvenanceKind = 'sourced',
  source = `Source ${indicatorId} ${period}`,
): Observation {
  return {
    indicatorId,
    geoType: 'country',
    geo: 'PAK',
    sectorId: null,
    period,
    value,
    qualifier: null,
    vintage: null,
    provenance: { kind, source, url: 'https://example.org/', asOf: period.replace('FY', '').slice(0, 4) },
    ...extra,
  };
}
