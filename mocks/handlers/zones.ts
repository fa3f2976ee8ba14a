import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf } from './list-response';

/** GET /api/v1/zones?id=&country=PK,CN&status=notified,planned */
export const zonesHandler = listHandler('zones', (p) =>
  fixtures.zones.filter(
    (z) =>
      oneOf(listParam(p, 'id'), z.id) &&
      oneOf(listParam(p, 'country'), z.country) &&
      oneOf(listParam(p, 'status'), z.status),
  ),
);
