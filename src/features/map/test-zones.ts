import type { Zone, ZoneStatus } from '@/domain/zone';

/** A minimal valid zone for unit tests; only what a test names differs. */
export function zone({
  id,
  lon,
  lat,
  country = 'PK',
  status = 'notified',
  shortName = id,
  precision = 'city-centroid',
}: {
  id: string;
  lon: number;
  lat: number;
  country?: 'PK' | 'CN';
  status?: ZoneStatus;
  shortName?: string;
  precision?: 'city-centroid' | 'site';
}): Zone {
  return {
    id,
    name: `${id} (full name)`,
    shortName,
    country,
    city: 'City',
    province: 'Province',
    coordinates: { lat, lon, precision },
    status,
    statusNote: '',
    developer: null,
    area: null,
    dates: [],
    provenance: { kind: 'sourced', source: 'Test source', url: null, asOf: '2024' },
  };
}
