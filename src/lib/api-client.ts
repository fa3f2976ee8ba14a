/**
 * The one place the app calls fetch: a timeout, a shared circuit per host, every failure turned into
 * an ApiError, JSON parsed and validated with zod. Components never call fetch.
 */
import type { z } from 'zod/mini';
import type { PageInfo } from '@/domain/page-info';
import { config } from '@/config/env';
import { ApiError, type ApiErrorDetails } from './api-error';
import { admit, record, release } from './circuit';
import { loadOnce } from './load-once';
import { yieldToBrowser } from './yield-to-browser';

let gate: Promise<unknown> = Promise.resolve();

/** A body may take longer than the first byte: a large answer on a slow link is not a dead server. */
const BODY_TIMEOUT_MS = 30_000;

/**
 * Requests wait for this promise: in demo mode, the MSW worker that loads beside the first paint.
 * If it rejects, every request fails with an explanation instead of hitting a server that isn't there.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.catch((cause: unknown) => {
    throw new ApiError('unavailable', `The demo data service could not start: ${String(cause)}`);
  });
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Time allowed until the response headers arrive. */
  timeoutMs?: number;
}

/** Query parameters; empty lists and undefined values are left out so URLs stay canonical. */
export function buildUrl(
  base: string,
  path: string,
  params: Record<string, string | number | readonly string[] | undefined> = {},
): string {
  const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/');
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) url.searchParams.set(key, [...value].sort().join(','));
    } else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function bodyKind(text: string): ApiErrorDetails['body'] {
  const start = text.trimStart();
  if (start === '') return 'empty';
  return start.startsWith('<') ? 'html' : 'truncated';
}

/** Fetches and parses JSON; the caller validates. Records the outcome on the host's circuit. */
async function fetchJson(url: string, options: RequestOptions): Promise<unknown> {
  await gate;
  // A page starts a dozen requests at once; one task each, instead of one long task for them all.
  await yieldToBrowser();
  options.signal?.throwIfAborted();
  const host = new URL(url).host;
  await admit(host);
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  let timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? config.requestTimeoutMs);
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, BODY_TIMEOUT_MS);
    text = await response.text();
  } catch (cause) {
    // A cancelled query (superseded or unmounted) is not an error the user needs to see.
    if (options.signal?.aborted) {
      release(host);
      throw cause;
    }
    const error = timedOut
      ? new ApiError('timeout', `No answer in time: ${url}`, { url })
      : new ApiError('network', `Network error: ${url}`, { url });
    record(host, error);
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    const error = new ApiError('http', `HTTP ${response.status}: ${url}`, {
      url,
      status: response.status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
    record(host, error);
    throw error;
  }
  record(host, null);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('parse', `Not JSON: ${url}`, { url, body: bodyKind(text) });
  }
}

/**
 * A contract schema, or a function that loads one: endpoints pass loaders (`() => import(…)`), so
 * zod and the schemas arrive beside the first request instead of in the first load.
 */
export type SchemaSource<S extends z.ZodMiniType> = S | (() => Promise<S>);

// zod is imported beside the checks (its own chunk, vite.config.ts): the browser evaluates it in a
// task of its own once it arrives, and the schemas next, rather than both in one long task.
const loadChecks = loadOnce(() =>
  Promise.all([import('./zod-ready'), import('./check-answer')]).then(([, checks]) => checks),
);

/**
 * Starts loading the checks and the schema while the request is on its way. A chunk that cannot load
 * (offline on a cold cache) is a network failure, retried like one.
 */
function prepareChecks<S extends z.ZodMiniType>(source: SchemaSource<S>, url: string) {
  const loading = Promise.all([loadChecks(), typeof source === 'function' ? source() : source]).catch(() => {
    throw new ApiError('network', `Could not load the checks for ${url}`, { url });
  });
  // Awaited after the answer; until then a failure must not count as unhandled.
  loading.catch(() => {});
  return loading;
}

/** All-or-nothing: the whole answer must match the schema. */
export async function getJson<S extends z.ZodMiniType>(
  url: string,
  schema: SchemaSource<S>,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const checks = prepareChecks(schema, url);
  const json = await fetchJson(url, options);
  const [{ checkWhole }, loaded] = await checks;
  return checkWhole(url, json, loaded);
}

/**
 * Per record: the { data: [...] } envelope must match, then each record is validated on its own.
 * A record that fails (or repeats an earlier key) is left out and reported; only when every record
 * fails does the whole answer fail, since then nothing trustworthy is left to show.
 */
export async function getListPage<S extends z.ZodMiniType>(
  url: string,
  itemSchema: SchemaSource<S>,
  keyOf: (item: z.infer<S>) => string,
  options: RequestOptions = {},
): Promise<{ data: z.infer<S>[]; page?: PageInfo }> {
  const checks = prepareChecks(itemSchema, url);
  const json = await fetchJson(url, options);
  const [{ checkList }, loaded] = await checks;
  return checkList(url, json, loaded, keyOf);
}

/** A list answered in one piece: its valid records. */
export async function getList<S extends z.ZodMiniType>(
  url: string,
  itemSchema: SchemaSource<S>,
  keyOf: (item: z.infer<S>) => string,
  options: RequestOptions = {},
): Promise<z.infer<S>[]> {
  return (await getListPage(url, itemSchema, keyOf, options)).data;
}
