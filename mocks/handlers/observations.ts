import { periodEndYear } from '@/domain/period';
import { latestVintages } from '@/domain/vintage';
import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf, yearParam } from './list-response';

/**
 * GET /api/v1/observations?indicator=&geo=&zone=&sector=&from=YYYY&to=YYYY&vintage=all
 * Periods are compared by end year. Only the latest vintage of each figure is answered unless
 * `vintage=all` (docs/api.md, "Vintages"); the latest is chosen before the other filters apply.
 */
export const observationsHandler = listHandler('observations', (p) => {
  const indicators = listParam(p, 'indicator');
  const geos = listParam(p, 'geo');
  const zones = listParam(p, 'zone');
  const sectors = listParam(p, 'sector');
  const from = yearParam(p, 'from');
  const to = yearParam(p, 'to');
  const pool = p.get('vintage') === 'all' ? fixtures.observations : latestVintages(fixtures.observations);
  return pool.filter((o) => {
    const year = periodEndYear(o.period);
    return (
      oneOf(indicators, o.indicatorId) &&
      oneOf(geos, o.geo) &&
      (zones.length === 0 || (o.geoType === 'zone' && zones.includes(o.geo))) &&
      oneOf(sectors, o.sectorId) &&
      (from === null || year >= from) &&
      (to === null || year <= to)
    );
  });
});
