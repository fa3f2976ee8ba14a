import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf } from './list-response';

/** GET /api/v1/indicators?id= */
export const indicatorsHandler = listHandler('indicators', (p) =>
  fixtures.indicators.filter((i) => oneOf(listParam(p, 'id'), i.id)),
);
