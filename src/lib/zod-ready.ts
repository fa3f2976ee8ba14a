import { safeParse } from 'zod/mini';

/**
 * Imported for its effect: it lives in the `zod` chunk (vite.config.ts), so importing it has the
 * browser evaluate zod in a task of its own, ahead of the schemas built with it. It names one
 * function rather than the whole of zod/mini, whose namespace would bring in every schema type.
 */
export const zodReady = typeof safeParse === 'function';
