/**
 * /api/v1: the endpoints of docs/api.md. Query strings are read with the same parser as the demo
 * API (src/domain/query.ts) and every answer is checked against the contract before it is sent.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type z } from 'zod/mini';
import { apiResources, type ApiResource } from '@/domain/api';
import { MetaSchema } from '@/domain/meta';
import { checkQuery, isQueryError, listValues, parsePaging, yearValue } from '@/domain/query';
import type { Db } from '../db/client';
import { answeredFromCache } from '../http/caching';
import { sendError } from '../http/errors';
import { readDataset, readMeta } from '../repo/dataset';
import { findObservations } from '../repo/observations';
import { findCompanies, findEvents, findIndicators, findSectors, findZones } from '../repo/reference';

type Params = URLSearchParams;
const list = listValues;

const finders: Record<ApiResource, (db: Db, p: Params) => Promise<unknown>> = {
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
  observations: async () => null, // paged: see below
};

/** Query string as sent, without the '?'. */
const rawQuery = (request: FastifyRequest) => {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at + 1);
};

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
      const paging = resource === 'observations' ? parsePaging(params) : null;
      if (paging && isQueryError(paging)) return sendError(reply, 400, paging);
      const state = await readDataset(db);
      if (!state)
        return sendError(reply, 503, {
          code: 'not_ready',
          parameter: null,
          message: 'The database has not been loaded yet.',
        });
      if (answeredFromCache(request, reply, state.version)) return reply;
      if (!paging) return send(request, reply, apiResources[resource], await finders[resource](db, params));
      const page = await findObservations(db, {
        ...paging,
        indicators: list(params, 'indicator'),
        geos: list(params, 'geo'),
        zones: list(params, 'zone'),
        sectors: list(params, 'sector'),
        from: yearValue(params, 'from'),
        to: yearValue(params, 'to'),
      });
      if (page === 'bad-cursor')
        return sendError(reply, 400, {
          code: 'invalid_parameter',
          parameter: 'cursor',
          message: 'cursor must be a nextCursor value from an earlier page with the same sort.',
        });
      return send(request, reply, apiResources.observations, page);
    });
  }

  app.get('/api/v1/meta', async (request, reply) => {
    const state = await readDataset(db);
    if (!state)
      return sendError(reply, 503, {
        code: 'not_ready',
        parameter: null,
        message: 'The database has not been loaded yet.',
      });
    if (answeredFromCache(request, reply, state.version)) return reply;
    return send(request, reply, MetaSchema, { data: await readMeta(db, state) });
  });
}
