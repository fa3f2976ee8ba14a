import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * API answers are keyed by the dataset version: the ETag changes exactly when the data does, and
 * a browser that revalidates gets a 304 without the database doing the query again.
 */
const API_CACHE_CONTROL = 'public, max-age=0, stale-while-revalidate=30';

const etagFor = (version: string) => `W/"${version}"`;

/** True (and the 304 sent) when the client already holds this version. */
export function answeredFromCache(request: FastifyRequest, reply: FastifyReply, version: string): boolean {
  const etag = etagFor(version);
  reply.header('etag', etag).header('cache-control', API_CACHE_CONTROL).header('vary', 'accept-encoding');
  const held = request.headers['if-none-match'];
  if (!held) return false;
  const matches = held.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  if (matches) reply.code(304).send();
  return matches;
}

/** Hashed build assets never change under the same name; index.html must always be revalidated. */
export function staticCacheControl(path: string): string {
  return /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
