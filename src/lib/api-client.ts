/**
 * The one place the app calls fetch: a timeout, a shared circuit per host, every failure turned into
 * an ApiError, JSON parsed and validated with zod. Components never call fetch.
 */
import { safeParse, z } from 'zod/mini';
import { PageInfoSchema, type PageInfo } from '@/domain/page-info';
import { config } from '@/config/env';
import { ApiError, type ApiErrorDetails } from './api-error';
import { admit, record, release } from './circuit';
import { noteRejected } from './rejected-records';

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

function summarise(error: z.core.$ZodError, prefix = ''): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'response';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${first.join('; ')}${more}`;
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

/** All-or-nothing: the whole answer must match `schema`. */
export async function getJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const json = await fetchJson(url, options);
  const parsed = safeParse(schema, json);
  if (!parsed.success) {
    const issues = summarise(parsed.error);
    throw new ApiError('schema', `Unexpected response from ${url}: ${issues}`, { url, issues });
  }
  return parsed.data;
}

const ListEnvelopeSchema = z.object({ data: z.array(z.unknown()), page: z.optional(PageInfoSchema) });

/**
 * Per record: the { data: [...] } envelope must match, then each record is validated on its own.
 * A record that fails (or repeats an earlier key) is left out and reported; only when every record
 * fails does the whole answer fail, since then nothing trustworthy is left to show.
 */
export async function getListPage<S extends z.ZodMiniType>(
  url: string,
  itemSchema: S,
  keyOf: (item: z.infer<S>) => string,
  options: RequestOptions = {},
): Promise<{ data: z.infer<S>[]; page?: PageInfo }> {
  const { data, page } = await getJson(url, ListEnvelopeSchema, options);
  const kept: z.infer<S>[] = [];
  const issues: string[] = [];
  const seen = new Set<string>();
  data.forEach((raw, index) => {
    const parsed = safeParse(itemSchema, raw);
    if (!parsed.success) {
      issues.push(summarise(parsed.error, `data.${index}`));
      return;
    }
    const key = keyOf(parsed.data);
    if (seen.has(key)) {
      issues.push(`data.${index}: repeats ${key}`);
      return;
    }
    seen.add(key);
    kept.push(parsed.data);
  });
  const resource = new URL(url).pathname.split('/').pop() ?? url;
  noteRejected({ url, resource, count: issues.length, total: data.length, issues });
  if (data.length > 0 && kept.length === 0) {
    const summary = issues.slice(0, 3).join('; ');
    throw new ApiError('schema', `Unexpected response from ${url}: ${summary}`, { url, issues: summary });
  }
  return page ? { data: kept, page } : { data: kept };
}

/** A list answered in one piece: its valid records. */
export async function getList<S extends z.ZodMiniType>(
  url: string,
  itemSchema: S,
  keyOf: (item: z.infer<S>) => string,
  options: RequestOptions = {},
): Promise<z.infer<S>[]> {
  return (await getListPage(url, itemSchema, keyOf, options)).data;
}
