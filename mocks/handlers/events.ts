import { fixtures } from '../data/fixtures';
import { listHandler, listParam, oneOf, yearParam } from './list-response';

/** GET /api/v1/events?kind=&zone=&from=YYYY&to=YYYY (undated events only when no year bound is given) */
export const eventsHandler = listHandler('events', (p) => {
  const kinds = listParam(p, 'kind');
  const zones = listParam(p, 'zone');
  const from = yearParam(p, 'from');
  const to = yearParam(p, 'to');
  return fixtures.events.filter((e) => {
    const year = e.date ? Number(e.date.slice(0, 4)) : null;
    const inRange =
      year === null
        ? from === null && to === null
        : (from === null || year >= from) && (to === null || year <= to);
    return (
      oneOf(kinds, e.kind) && (zones.length === 0 || e.zoneIds.some((z) => zones.includes(z))) && inRange
    );
  });
});
