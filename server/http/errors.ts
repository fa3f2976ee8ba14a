import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { QueryError } from '@/domain/query';

/** The API's error body (ErrorResponseSchema in src/domain/query.ts). */
export function sendError(
  reply: FastifyReply,
  status: number,
  error: QueryError | { code: string; parameter: null; message: string },
) {
  return reply.code(status).header('cache-control', 'no-store').send({ error });
}

/**
 * Whatever goes wrong, the client gets JSON with a code and a message, never a stack trace;
 * the full error goes to the log with the request id.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: error.code }, error.message);
    const message =
      status === 500 ? 'The data service had an internal problem.' : 'The request could not be read.';
    return sendError(reply, status, {
      code: status === 500 ? 'internal' : 'bad_request',
      parameter: null,
      message,
    });
  });
}
