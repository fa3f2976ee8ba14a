// @vitest-environment happy-dom
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { server } from '@mocks/node';
import { serveMockApi } from '@test/mock-api';
import { setFaults } from '@mocks/handlers/faults';
import { ZonesResponseSchema } from '@/domain/api';
import { ZoneSchema } from '@/domain/zone';
import { config } from '@/config/env';
import { englishLocale } from './locale';
import { rejectedSnapshot } from './rejected-records';
import { buildUrl, getJson, getList, parseRetryAfter } from './api-client';
import { ApiError, isTransient } from './api-error';
import { describeError } from './describe-error';
import { resetCircuits } from './circuit';
import { clearRejected } from './rejected-records';

// Module state: each test starts with closed circuits and no reports.
afterEach(() => {
  resetCircuits();
  clearRejected();
});

serveMockApi();

const zonesUrl = () => buildUrl('/api/v1', '/zones');

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('getJson', () => {
  it('returns the validated body', async () => {
    const body = await getJson(zonesUrl(), ZonesResponseSchema);
    expect(body.data.map((z) => z.id)).toContain('cn-seda');
  });

  it('builds canonical URLs: lists sorted and joined, empty values left out', () => {
    expect(
      buildUrl('/api/v1', '/observations', { zone: ['b', 'a'], sector: [], from: 2021, to: undefined }),
    ).toBe('http://localhost:3000/api/v1/observations?zone=a%2Cb&from=2021');
  });

  it.each([
    ['error-500', 'http', true, 'answered 500'],
    ['error-503', 'http', true, 'answered 503'],
    ['malformed', 'parse', false, 'could not be read'],
    ['invalid', 'schema', false, 'unexpected shape'],
  ] as const)('turns the %s fault into a %s error', async (fault, kind, transient, message) => {
    setFaults({ zones: fault });
    const error = await failure(getJson(zonesUrl(), ZonesResponseSchema));
    expect(error.kind).toBe(kind);
    expect(isTransient(error)).toBe(transient);
    expect(describeError(error, englishLocale)).toContain(message);
  });

  it('turns the timeout fault into a timeout error once the production timeout has passed', async () => {
    // The fault never answers: a fake clock passes the 3 s instead of the test waiting them out.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      setFaults({ zones: 'timeout' });
      let settled = false;
      const pending = failure(getJson(zonesUrl(), ZonesResponseSchema)).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(config.requestTimeoutMs - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await pending;
      expect(error.kind).toBe('timeout');
      expect(isTransient(error)).toBe(true);
      expect(describeError(error, englishLocale)).toContain('is not answering');
    } finally {
      vi.useRealTimers();
    }
  });

  it('names what was wrong when the schema does not match', async () => {
    setFaults({ zones: 'invalid' });
    const error = await failure(getJson(zonesUrl(), ZonesResponseSchema));
    expect(error.details.issues).toMatch(/data\.0\.name/);
  });

  it('does not retry client errors', async () => {
    server.use(http.get('*/api/v1/zones', () => HttpResponse.json({}, { status: 404 })));
    const error = await failure(getJson(zonesUrl(), z.unknown()));
    expect(error.details.status).toBe(404);
    expect(isTransient(error)).toBe(false);
    expect(describeError(error, englishLocale)).toBe(
      'The data service does not have this data (answered 404).',
    );
  });

  it('reports a network failure as such', async () => {
    server.use(http.get('*/api/v1/zones', () => HttpResponse.error()));
    const error = await failure(getJson(zonesUrl(), z.unknown()));
    expect(error.kind).toBe('network');
    expect(isTransient(error)).toBe(true);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    expect(parseRetryAfter('8', now)).toBe(8000);
    expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('carries Retry-After on the error', async () => {
    setFaults({ zones: 'error-503-retry-after' });
    const error = await failure(getJson(zonesUrl(), z.unknown()));
    expect(error.details.retryAfterMs).toBe(8000);
  });

  it.each([
    ['empty-body', 'empty', 'sent an empty answer'],
    ['html', 'html', 'sent a web page instead of data'],
    ['malformed', 'truncated', 'could not be read'],
  ] as const)('says what a %s body was', async (fault, body, message) => {
    setFaults({ zones: fault });
    const error = await failure(getJson(zonesUrl(), z.unknown()));
    expect(error.details.body).toBe(body);
    expect(describeError(error, englishLocale)).toContain(message);
  });
});

describe('getList: per record', () => {
  const id = (zone: { id: string }) => zone.id;

  it('drops the record that fails, keeps the others and reports which field', async () => {
    setFaults({ zones: 'javascript-links' });
    const zones = await getList(zonesUrl(), ZoneSchema, id);
    expect(zones.length).toBeGreaterThan(10);
    expect(rejectedSnapshot()).toEqual([
      expect.objectContaining({
        resource: 'zones',
        count: 1,
        issues: [expect.stringMatching(/^data\.0\.provenance\.url: expected an http: or https: URL/)],
      }),
    ]);
  });

  it('drops a repeated id', async () => {
    setFaults({ zones: 'duplicate-ids' });
    const zones = await getList(zonesUrl(), ZoneSchema, id);
    expect(new Set(zones.map(id)).size).toBe(zones.length);
    expect(rejectedSnapshot()[0]?.issues).toEqual([expect.stringMatching(/^data\.1: repeats /)]);
  });

  it('fails the whole answer when the envelope is wrong or every record fails', async () => {
    setFaults({ zones: 'wrong-shape' });
    expect((await failure(getList(zonesUrl(), ZoneSchema, id))).kind).toBe('schema');
    setFaults({ zones: 'invalid' });
    expect((await failure(getList(zonesUrl(), ZoneSchema, id))).kind).toBe('schema');
  });

  it('an empty list is an answer, not an error', async () => {
    setFaults({ zones: 'empty' });
    expect(await getList(zonesUrl(), ZoneSchema, id)).toEqual([]);
  });
});

describe('starting a request', () => {
  // A stand-in for Chromium's scheduler.yield that the test resumes by hand.
  function holdYields() {
    const waiting: (() => void)[] = [];
    vi.stubGlobal('scheduler', { yield: () => new Promise<void>((resolve) => waiting.push(resolve)) });
    return waiting;
  }
  function countRequests() {
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => seen.push(request.url);
    server.events.on('request:start', listener);
    return { seen, stop: () => server.events.removeListener('request:start', listener) };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('gives the browser a turn before each request, so a page’s dozen requests are not one long task', async () => {
    const waiting = holdYields();
    const requests = countRequests();
    try {
      const answer = getJson(zonesUrl(), ZonesResponseSchema);
      await vi.waitFor(() => expect(waiting).toHaveLength(1));
      expect(requests.seen).toEqual([]);
      waiting[0]!();
      expect((await answer).data.length).toBeGreaterThan(0);
      expect(requests.seen).toEqual([zonesUrl()]);
    } finally {
      requests.stop();
    }
  });

  it('sends nothing when the request is cancelled while it waits for its turn', async () => {
    const waiting = holdYields();
    const requests = countRequests();
    try {
      const controller = new AbortController();
      const answer = getJson(zonesUrl(), ZonesResponseSchema, { signal: controller.signal });
      await vi.waitFor(() => expect(waiting).toHaveLength(1));
      controller.abort();
      waiting[0]!();
      await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
      expect(requests.seen).toEqual([]);
    } finally {
      requests.stop();
    }
  });
});
