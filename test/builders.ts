/** Test data as the API returns it, with just what a test cares about spelled out. */
import type { Observation } from '@/domain/observation';
import type { Provenance, ProvenanceKind } from '@/domain/provenance';

/** A national, sourced figure unless the test says otherwise. */
export function observation(fields: Partial<Observation> = {}): Observation {
  return {
    indicatorId: 'population',
    geoType: 'country',
    geo: 'PAK',
    sectorId: null,
    period: '2024',
    value: 1,
    qualifier: null,
    vintage: null,
    provenance: { kind: 'sourced', source: 'Test source', url: 'https://example.org/', asOf: '2024' },
    ...fields,
  };
}

/** Pakistan's figure for one period, its source named after indicator and period, dated that year. */
export function obs(
  indicatorId: string,
  period: string,
  value: number,
  extra: Partial<Observation> = {},
  kind: ProvenanceKind = 'sourced',
  source = `Source ${indicatorId} ${period}`,
): Observation {
  const provenance: Provenance = {
    kind,
    source,
    url: 'https://example.org/',
    asOf: period.replace('FY', '').slice(0, 4),
  };
  return observation({ indicatorId, period, value, provenance, ...extra });
}
