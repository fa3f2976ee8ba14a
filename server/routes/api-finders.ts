/**
 * For each list resource: `parse` turns the query string into exactly the values its finder reads
 * (so the parsed form can key the answer cache), `find` asks the repository.
 */
import type { ApiResource } from '@/domain/api';
import { isQueryError, listValues as list, parsePaging, yearValue, type QueryError } from '@/domain/query';
import type { Db } from '../db/client';
import type { AnswerCache } from '../http/answer-cache';
import { findObservations, type ObservationQuery } from '../repo/observations';
import { findCompanies, findEvents, findIndicators, findSectors, findZones } from '../repo/reference';

type Params = URLSearchParams;

interface FindContext {
  version: string;
  cache: AnswerCache;
}

interface Finder<Q extends object> {
  parse: (p: Params) => Q | QueryError;
  find: (db: Db, q: Q, context: FindContext) => Promise<object>;
}

const badCursor: QueryError = {
  code: 'invalid_parameter',
  parameter: 'cursor',
  message: 'cursor must be a nextCursor value from an earlier page with the same sort.',
};

/** Sorted, without repeats: `zone=b,a,a` asks the same as `zone=a,b`. */
const set = (p: Params, name: string) => [...new Set(list(p, name))].sort();

function parseObservations(p: Params): ObservationQuery | QueryError {
  const paging = parsePaging(p);
  if (isQueryError(paging)) return paging;
  return {
    ...paging,
    indicators: set(p, 'indicator'),
    geos: set(p, 'geo'),
    zones: set(p, 'zone'),
    sectors: set(p, 'sector'),
    from: yearValue(p, 'from'),
    to: yearValue(p, 'to'),
  };
}

/** One page; the total of its filter set is counted once per dataset version, not once per page. */
async function findObservationPage(db: Db, q: ObservationQuery, { version, cache }: FindContext) {
  const totalKey = `${version} ${JSON.stringify({ ...q, limit: null, cursor: null, sort: null })}`;
  const page = await findObservations(db, q, cache.total(totalKey));
  if (page === 'bad-cursor') return badCursor;
  cache.rememberTotal(totalKey, page.page.total);
  return page;
}

const finder = <Q extends object>(f: Finder<Q>) => f as unknown as Finder<object>;

export const finders: Record<ApiResource, Finder<object>> = {
  zones: finder({
    parse: (p) => ({ id: set(p, 'id'), country: set(p, 'country'), status: set(p, 'status') }),
    find: async (db, q) => ({ data: await findZones(db, q) }),
  }),
  sectors: finder({
    parse: (p) => ({ group: set(p, 'group') }),
    find: async (db, q) => ({ data: await findSectors(db, q) }),
  }),
  indicators: finder({
    parse: (p) => ({ id: set(p, 'id') }),
    find: async (db, q) => ({ data: await findIndicators(db, q) }),
  }),
  events: finder({
    parse: (p) => ({
      kind: set(p, 'kind'),
      zone: set(p, 'zone'),
      from: yearValue(p, 'from'),
      to: yearValue(p, 'to'),
    }),
    find: async (db, q) => ({ data: await findEvents(db, q) }),
  }),
  companies: finder({
    parse: (p) => ({ zone: set(p, 'zone'), sector: set(p, 'sector') }),
    find: async (db, q) => ({ data: await findCompanies(db, q) }),
  }),
  observations: finder({ parse: parseObservations, find: findObservationPage }),
};
