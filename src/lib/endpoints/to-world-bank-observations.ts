import type { Observation } from '@/domain/observation';
import type { WorldBankSuccess } from '@/domain/world-bank';

/** Observation indicator ids for World Bank series carry a prefix so they never collide with ours. */
const wbIndicatorId = (id: string): string => `wb:${id}`;

/**
 * Maps one page of a World Bank answer to Observations: null values (missing years) are dropped,
 * and each figure is sourced to World Bank WDI, as of the series' last update. A copy (the demo's
 * mirrored fixtures) is named, and its date is never passed off as WDI's.
 */
export function toWorldBankObservations([meta, rows]: WorldBankSuccess): Observation[] {
  return (rows ?? []).flatMap((row) =>
    row.value === null
      ? []
      : [
          {
            indicatorId: wbIndicatorId(row.indicator.id),
            geoType: 'country' as const,
            geo: row.countryiso3code,
            sectorId: null,
            period: row.date,
            value: row.value,
            qualifier: null,
            vintage: null,
            provenance: {
              kind: 'sourced' as const,
              source: `World Bank WDI (${row.indicator.id})`,
              url: `https://data.worldbank.org/indicator/${row.indicator.id}`,
              asOf: !meta.copy || meta.copy.lastUpdatedGiven ? meta.lastupdated : null,
              note: row.indicator.value,
              ...(meta.copy && { copiedFrom: { name: meta.copy.name, url: meta.copy.url } }),
            },
          },
        ],
  );
}
