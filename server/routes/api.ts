/**
 * /api/v1: the endpoints of docs/api.md. Query strings are read with the same parser as the demo
 * API (src/domain/query.ts), every answer is checked against the contract, and finished answers
 * are kept per dataset version (http/answer-cache.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type z } from 'zod/mini';
import { apiResources, type ApiResource } from '@/domain/api';
import { MetaSchema, todayIso } from '@/domain/meta';
import { checkQuery, type QueryError } from '@/domain/query';
import type { Db } from '../db/client';
import { AnswerCache, encodedBody, type CachedAnswer } from '../http/answer-cache';
import { answeredFromCache } from '../http/caching';
import { sendError } from '../http/errors';
import { readMeta } from '../repo/dataset';
import type { DatasetVersion } from '../repo/dataset-version';
import { finders } from './api-finders';

/** Query string as sent, without the '?'. */
const rawQuery = (request: FastifyRequest) => {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at + 1);
};

const isError = (value: object): value is QueryError => 'code' in value;

/** Until the database is loaded there is nothing to answer; /readyz says the same. */
const notReady = (reply: FastifyReply) =>
  sendError(reply, 503, {
    code: 'not_ready',
    parameter: null,
    message: 'The database has not been loaded yet.',
  });

/** The body as JSON once it has passed the contract; null (and logged) when it does not. */
function checkedJson(request: FastifyRequest, schema: z.ZodMiniType, body: unknown): string | null {
  const checked = schema.safeParse(body);
  if (checked.success) return JSON.stringify(checked.data);
  request.log.error({ issues: checked.error.issues.slice(0, 5) }, 'answer does not match the contract');
  return null;
}

async function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer | null) {
  if (!answer)
    return sendError(reply, 500, {
      code: 'internal',
      parameter: null,
      message: 'The data service had an internal problem.',
    });
  const { body, encoding } = await encodedBody(answer, request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.type('application/json; charset=utf-8').send(body);
}

export interface ApiRouteOptions {
  /** Megabytes of finished answers kept in memory; 0 computes every answer afresh. */
  cacheMegabytes: number;
  version: DatasetVersion;
}

export function registerApiRoutes(
  app: FastifyInstance,
  db: Db,
  { cacheMegabytes, version }: ApiRouteOptions,
): void {
  const cache = new AnswerCache({ maxMegabytes: cacheMegabytes });
  const currentDataset = async () => {
    const state = await version.current();
    if (state) cache.useVersion(state.version);
    return state;
  };

  /** The cached answer under `key`, or a new one from `compute` (an error is never cached). */
  async function answerFor(
    request: FastifyRequest,
    key: string,
    schema: z.ZodMiniType,
    compute: () => Promise<object>,
  ): Promise<CachedAnswer | QueryError | null> {
    const cached = cache.get(key);
    if (cached) return cached;
    const body = await compute();
    if (isError(body)) return body;
    const json = checkedJson(request, schema, body);
    return json === null ? null : cache.set(key, json);
  }

  for (const resource of Object.keys(apiResources) as ApiResource[]) {
    const finder = finders[resource];
    app.get(`/api/v1/${resource}`, async (request, reply) => {
      const query = rawQuery(request);
      const params = new URLSearchParams(query);
      const problem = checkQuery(resource, params, query.length);
      if (problem) return sendError(reply, 400, problem);
      // Refuse bad parameters before the ETag check, so a bad request never gets a 304.
      const parsed = finder.parse(params);
      if (isError(parsed)) return sendError(reply, 400, parsed);
      const state = await currentDataset();
      if (!state) return notReady(reply);
      if (answeredFromCache(request, reply, state.version)) return reply;
      // The parsed query holds exactly what the finder reads: equal keys mean equal answers.
      const key = `${state.version} ${resource} ${JSON.stringify(parsed)}`;
      const answer = await answerFor(request, key, apiResources[resource], () =>
        finder.find(db, parsed, { version: state.version, cache }),
      );
      if (answer && isError(answer)) return sendError(reply.removeHeader('etag'), 400, answer);
      return sendAnswer(request, reply, answer);
    });
  }

  app.get('/api/v1/meta', async (request, reply) => {
    const state = await currentDataset();
    if (!state) return notReady(reply);
    if (answeredFromCache(request, reply, state.version)) return reply;
    // Overdue is judged against today, so the answer is kept for one day at most.
    const today = todayIso();
    const answer = await answerFor(request, `${state.version} meta ${today}`, MetaSchema, async () => ({
      data: await readMeta(db, state, today),
    }));
    return sendAnswer(request, reply, answer && isError(answer) ? null : answer);
  });
}
