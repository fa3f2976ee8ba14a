import { periodEndYear } from '@/domain/period';
import { isQueryError, parsePaging } from '@/domain/query';
import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf, yearParam } from './list-response';
import { pageObservations } from './paging';

/** Fixture order is load order: the data service gives the same records the same seq. */
const numbered = fixtures.observations.map((observation, i) => ({ seq: i + 1, observation }));

/**
 * GET /api/v1/observations?indicator=&geo=&zone=&sector=&from=YYYY&to=YYYY (periods compared by
 * end year), paged with limit and cursor, sorted with sort (docs/api.md#paging-and-sorting).
 */
export const observationsHandler = listHandler('observations', (p) => {
  const paging = parsePaging(p);
  if (isQueryError(paging)) return paging;
  const indicators = listParam(p, 'indicator');
  const geos = listParam(p, 'geo');
  const zones = listParam(p, 'zone');
  const sectors = listParam(p, 'sector');
  const from = yearParam(p, 'from');
  const to = yearParam(p, 'to');
  const matching = numbered.filter(({ observation: o }) => {
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
  return pageObservations(matching, paging);
});
