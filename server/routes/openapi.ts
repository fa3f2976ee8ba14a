import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from '@/domain/openapi';

/** /api/v1/openapi.json: the same document as docs/openapi.json, built from the contract at start. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  const document = JSON.stringify(buildOpenApi());
  app.get('/api/v1/openapi.json', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=300')
      .type('application/json; charset=utf-8')
      .send(document),
  );
}
