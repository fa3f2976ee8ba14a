/**
 * /api/v1: the endpoints of docs/api.md. Query strings are read with the same parser as the demo
 * API (src/domain/query.ts) and every answer is checked against the contract before it is sent.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type z } from 'zod/mini';
import { apiResources, type ApiResource } from '@/domain/api';
import { MetaSchema } from '@/domain/meta';
import {
  checkQuery,
  isQueryError,
  listValues,
  parsePaging,
  yearValue,
  type QueryError,
} from '@/domain/query';
import type { Db } from '../db/client';
import { answeredFromCache } from '../http/caching';
import { sendError } from '../http/errors';
import { readDataset, readMeta } from '../repo/dataset';
import { findObservations } from '../repo/observations';
import { findCompanies, findEvents, findIndicators, findSectors, findZones } from '../repo/reference';

type Params = URLSearchParams;
const list = listValues;

const badCursor: QueryError = {
  code: 'invalid_parameter',
  parameter: 'cursor',
  message: 'cursor must be a nextCursor value from an earlier page with the same sort.',
};

/** One page of observations, or the parameter at fault. */
async function observationPage(db: Db, p: Params) {
  const paging = parsePaging(p);
  if (isQueryError(paging)) return paging;
  const page = await findObservations(db, {
    ...paging,
    indicators: list(p, 'indicator'),
    geos: list(p, 'geo'),
    zones: list(p, 'zone'),
    sectors: list(p, 'sector'),
    from: yearValue(p, 'from'),
    to: yearValue(p, 'to'),
  });
  return page === 'bad-cursor' ? badCursor : page;
}

const finders: Record<ApiResource, (db: Db, p: Params) => Promise<object>> = {
  zones: async (db, p) => ({
    data: await findZones(db, { id: list(p, 'id'), country: list(p, 'country'), status: list(p, 'status') }),
  }),
  sectors: async (db, p) => ({ data: await findSectors(db, { group: list(p, 'group') }) }),
  indicators: async (db, p) => ({ data: await findIndicators(db, { id: list(p, 'id') }) }),
  events: async (db, p) => ({
    data: await findEvents(db, {
      kind: list(p, 'kind'),
      zone: list(p, 'zone'),
      from: yearValue(p, 'from'),
      to: yearValue(p, 'to'),
    }),
  }),
  companies: async (db, p) => ({
    data: await findCompanies(db, { zone: list(p, 'zone'), sector: list(p, 'sector') }),
  }),
  observations: observationPage,
};

/** Query string as sent, without the '?'. */
const rawQuery = (request: FastifyRequest) => {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at + 1);
};

/** Until the database is loaded there is nothing to answer; /readyz says the same. */
const notReady = (reply: FastifyReply) =>
  sendError(reply, 503, {
    code: 'not_ready',
    parameter: null,
    message: 'The database has not been loaded yet.',
  });

function send(request: FastifyRequest, reply: FastifyReply, schema: z.ZodMiniType, body: unknown) {
  const checked = schema.safeParse(body);
  if (!checked.success) {
    request.log.error({ issues: checked.error.issues.slice(0, 5) }, 'answer does not match the contract');
    return sendError(reply, 500, {
      code: 'internal',
      parameter: null,
      message: 'The data service had an internal problem.',
    });
  }
  return reply.type('application/json; charset=utf-8').send(checked.data);
}

export function registerApiRoutes(app: FastifyInstance, db: Db): void {
  for (const resource of Object.keys(apiResources) as ApiResource[]) {
    app.get(`/api/v1/${resource}`, async (request, reply) => {
      const query = rawQuery(request);
      const params = new URLSearchParams(query);
      const problem = checkQuery(resource, params, query.length);
      if (problem) return sendError(reply, 400, problem);
      // Refuse bad paging before the cache check, so a bad request never gets a 304.
      const paging = resource === 'observations' ? parsePaging(params) : null;
      if (paging && isQueryError(paging)) return sendError(reply, 400, paging);
      const state = await readDataset(db);
      if (!state) return notReady(reply);
      if (answeredFromCache(request, reply, state.version)) return reply;
      const body = await finders[resource](db, params);
      if ('code' in body) return sendError(reply.removeHeader('etag'), 400, body as QueryError);
      return send(request, reply, apiResources[resource], body);
    });
  }

  app.get('/api/v1/meta', async (request, reply) => {
    const state = await readDataset(db);
    if (!state) return notReady(reply);
    if (answeredFromCache(request, reply, state.version)) return reply;
    return send(request, reply, MetaSchema, { data: await readMeta(db, state) });
  });
}
