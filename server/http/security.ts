import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer. Scripts only from this origin (no inline but by hash, no eval); styles
 * allow inline attributes because charts set them; nothing may frame the dashboard.
 */
export async function registerSecurity(app: FastifyInstance, scriptHashes: string[] = []): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // Plus the SPA pages' own inline scripts, each by its hash (http/spa.ts).
        'script-src': ["'self'", ...scriptHashes],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // The app loads nothing cross-origin; keep the default same-origin isolation headers.
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
}
