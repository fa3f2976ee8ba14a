import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf } from './list-response';

/** GET /api/v1/sectors?group=technology */
export const sectorsHandler = listHandler('sectors', (p) =>
  fixtures.sectors.filter((s) => oneOf(listParam(p, 'group'), s.group)),
);
