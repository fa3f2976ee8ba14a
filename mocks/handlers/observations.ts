import { periodEndYear } from '@/domain/period';
import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf, yearParam } from './list-response';

/** GET /api/v1/observations?indicator=&geo=&zone=&sector=&from=YYYY&to=YYYY (periods compared by end year) */
export const observationsHandler = listHandler('observations', (p) => {
  const indicators = listParam(p, 'indicator');
  const geos = listParam(p, 'geo');
  const zones = listParam(p, 'zone');
  const sectors = listParam(p, 'sector');
  const from = yearParam(p, 'from');
  const to = yearParam(p, 'to');
  return fixtures.observations.filter((o) => {
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
