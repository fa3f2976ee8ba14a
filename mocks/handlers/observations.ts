import { periodEndYear } from '@/domain/period';
import { isQueryError, parsePaging } from '@/domain/query';
import { latestVintages } from '@/domain/vintage';
import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf, yearParam } from './list-response';
import { pageObservations } from './paging';

/** Fixture order is load order: the data service gives the same records the same seq. */
const numbered = fixtures.observations.map((observation, i) => ({ seq: i + 1, observation }));
const latest = new Set(latestVintages(fixtures.observations));

/**
 * GET /api/v1/observations?indicator=&geo=&zone=&sector=&from=YYYY&to=YYYY&vintage=all (periods
 * compared by end year), paged with limit and cursor, sorted with sort (docs/api.md#paging-and-sorting).
 * Only the latest vintage of each figure is answered unless `vintage=all` (docs/api.md, "Vintages");
 * the latest is chosen before the other filters apply.
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
  const allVintages = p.get('vintage') === 'all';
  // unbroken=include keeps the figures a zone or sector filter cannot split (docs/api.md).
  const lenient = paging.unbroken === 'include';
  const matching = numbered.filter(({ observation: o }) => {
    if (!allVintages && !latest.has(o)) return false;
    const year = periodEndYear(o.period);
    return (
      oneOf(indicators, o.indicatorId) &&
      oneOf(geos, o.geo) &&
      (zones.length === 0 || (o.geoType === 'zone' ? zones.includes(o.geo) : lenient)) &&
      (oneOf(sectors, o.sectorId) || (lenient && o.sectorId === null)) &&
      (from === null || year >= from) &&
      (to === null || year <= to)
    );
  });
  return pageObservations(matching, paging);
});
