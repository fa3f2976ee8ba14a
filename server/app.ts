/**
 * The HTTP app: security headers, compression, request ids and JSON logs, the API, the World
 * Bank mirror, health checks, and the built SPA with history fallback, all from one process.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { isReady, type Db } from './db/client';
import { staticCacheControl } from './http/caching';
import { registerErrorHandlers, sendError } from './http/errors';
import { registerSecurity } from './http/security';
import { readSpaPages } from './http/spa';
import { DatasetVersion } from './repo/dataset-version';
import { registerApiRoutes } from './routes/api';
import { registerOpenApiRoute } from './routes/openapi';
import { registerWorldBankRoutes } from './routes/world-bank';

export interface AppOptions {
  db: Db;
  /** The built SPA (vite build output); without it only the API is served. */
  distDir?: string | undefined;
  logger?: FastifyServerOptions['logger'] | FastifyBaseLogger;
  /** Megabytes of finished API answers kept in memory (default 64); 0 turns the cache off. */
  answerCacheMegabytes?: number;
  /** How the API learns the dataset version; by default it reads it for every request. */
  version?: DatasetVersion;
}

const requestId = (header: string | string[] | undefined) =>
  typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();

export async function buildApp({
  db,
  distDir,
  logger = false,
  answerCacheMegabytes = 64,
  version = new DatasetVersion(db),
}: AppOptions) {
  const app = Fastify({
    ...(typeof logger === 'object' && 'child' in logger ? { loggerInstance: logger } : { logger }),
    genReqId: (req) => requestId(req.headers['x-request-id']),
    // Bounds that no request of the dashboard comes near; longer ones get a 4xx, not a crash.
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024,
    return503OnClosing: true,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandlers(app);
  const spa = distDir && existsSync(join(distDir, 'index.html')) ? distDir : null;
  const pages = spa ? readSpaPages(spa) : null;
  await registerSecurity(app, pages?.scriptHashes);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });

  // Read-only over HTTP: only GET and HEAD reach any route.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendError(reply.header('allow', 'GET, HEAD'), 405, {
        code: 'method_not_allowed',
        parameter: null,
        message: `${request.method} is not allowed: the API is read-only.`,
      });
  });

  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', async (_request, reply) => {
    const ready = await isReady(db);
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'not ready' });
  });

  registerApiRoutes(app, db, { cacheMegabytes: answerCacheMegabytes, version });
  registerWorldBankRoutes(app, db);
  registerOpenApiRoute(app);

  if (spa)
    await app.register(fastifyStatic, {
      root: spa,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => res.header('cache-control', staticCacheControl(path)),
    });
  app.get('/', (_request, reply) => (pages ? reply.sendFile('index.html') : reply.code(404).send()));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // History fallback: a page URL (no file extension, outside the API) gets the app.
    if (pages && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path))
      return reply.header('cache-control', 'no-cache').sendFile(pages.fileFor(path));
    return sendError(reply, 404, { code: 'not_found', parameter: null, message: `Nothing at ${path}.` });
  });
  return app;
}
