import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf } from './list-response';

/** GET /api/v1/companies?zone=&sector= */
export const companiesHandler = listHandler('companies', (p) =>
  fixtures.companies.filter(
    (c) => oneOf(listParam(p, 'zone'), c.zoneId) && oneOf(listParam(p, 'sector'), c.sectorId),
  ),
);
