import { parseAsStringLiteral, useQueryStates } from 'nuqs';
import { regionPresets } from './projection';
import { sizeMetrics } from './to-zone-metrics';

const views = ['map', 'list'] as const;
export type MapView = (typeof views)[number];

/**
 * The map page's own view state in the URL: ?region=pakistan&size=investment&view=list.
 * Defaults (both, companies, map) are never written; unknown values fall back to them.
 * Replace, not push: switching presets should not fill the Back history.
 */
const mapParsers = {
  region: parseAsStringLiteral(regionPresets).withDefault('both'),
  size: parseAsStringLiteral(sizeMetrics).withDefault('companies'),
  view: parseAsStringLiteral(views).withDefault('map'),
};

export function useMapState() {
  return useQueryStates(mapParsers, { history: 'replace' });
}
