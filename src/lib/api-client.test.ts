import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { server } from '@mocks/node';
import { setFaults } from '@mocks/handlers/faults';
import { ZonesResponseSchema } from '@/domain/api';
import { buildUrl, getJson } from './api-client';
import { ApiError, describeError, isTransient } from './api-error';

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
    ['timeout', 'timeout', true, 'is not answering'],
  ] as const)('turns the %s fault into a %s error', async (fault, kind, transient, message) => {
    setFaults({ zones: fault });
    const error = await failure(getJson(zonesUrl(), ZonesResponseSchema));
    expect(error.kind).toBe(kind);
    expect(isTransient(error)).toBe(transient);
    expect(describeError(error)).toContain(message);
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
    expect(describeError(error)).toBe('The data service does not have this data (answered 404).');
  });

  it('reports a network failure as such', async () => {
    server.use(http.get('*/api/v1/zones', () => HttpResponse.error()));
    const error = await failure(getJson(zonesUrl(), z.unknown()));
    expect(error.kind).toBe('network');
    expect(isTransient(error)).toBe(true);
  });
});
