/**
 * The one place the app calls fetch: adds a timeout, turns every failure into an ApiError,
 * parses JSON and validates it with the endpoint's zod schema. Components never call fetch.
 */
import { safeParse, type z } from 'zod/mini';
import { config } from '@/config/env';
import { ApiError } from './api-error';

let gate: Promise<unknown> = Promise.resolve();

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

function summarise(error: z.core.$ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : 'response';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${first.join('; ')}${more}`;
}

export async function getJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  await gate;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? config.requestTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (cause) {
    if (timeout.aborted) throw new ApiError('timeout', `Timed out: ${url}`, { url });
    // A cancelled query (superseded or unmounted) is not an error the user needs to see.
    if (options.signal?.aborted) throw cause;
    throw new ApiError('network', `Network error: ${url}`, { url });
  }
  if (!response.ok)
    throw new ApiError('http', `HTTP ${response.status}: ${url}`, { url, status: response.status });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('parse', `Not JSON: ${url}`, { url });
  }
  const parsed = safeParse(schema, json);
  if (!parsed.success) {
    const issues = summarise(parsed.error);
    throw new ApiError('schema', `Unexpected response from ${url}: ${issues}`, { url, issues });
  }
  return parsed.data;
}
