import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { admit, circuitSnapshot, probeNow, record, reopensAt, resetCircuits } from './circuit';

// Module state: each test starts with closed circuits.
afterEach(() => {
  resetCircuits();
});

const host = 'api.example.org';
const down = new ApiError('http', 'HTTP 503', { status: 503 });

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => value,
    (error: unknown) => error,
  );
}

describe('circuit per host', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('opens after three transient failures in a row and fails requests at once with the last error', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(await admit(host)).toBe(false);
      record(host, down);
    }
    const error = await outcome(admit(host));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toMatchObject({ status: 503, circuitOpen: true });
    expect(circuitSnapshot().map((c) => c.host)).toContain(host);
  });

  it('a success or a 4xx in between keeps it closed', async () => {
    record(host, down);
    record(host, down);
    record(host, new ApiError('http', 'HTTP 404', { status: 404 }));
    record(host, down);
    expect(await admit(host)).toBe(false);
  });

  it('honours Retry-After for the cool-down', async () => {
    const busy = new ApiError('http', 'HTTP 503', { status: 503, retryAfterMs: 30_000 });
    for (let i = 0; i < 3; i += 1) record(host, busy);
    expect(reopensAt(host) - Date.now()).toBeGreaterThanOrEqual(30_000);
  });

  it('after the cool-down lets one probe through while the others wait for its outcome', async () => {
    for (let i = 0; i < 3; i += 1) record(host, down);
    vi.setSystemTime(reopensAt(host));
    expect(await admit(host)).toBe(true);
    const waiting = outcome(admit(host));
    record(host, null);
    expect(await waiting).toBe(false);
    expect(circuitSnapshot()).toEqual([]);
  });

  it('a failed probe reopens it for longer', async () => {
    for (let i = 0; i < 3; i += 1) record(host, down);
    const first = reopensAt(host) - Date.now();
    vi.setSystemTime(reopensAt(host));
    await admit(host);
    record(host, down);
    expect(reopensAt(host) - Date.now()).toBeGreaterThan(first);
  });

  it('Retry from the user lets the next request through as the probe', async () => {
    for (let i = 0; i < 3; i += 1) record(host, down);
    probeNow();
    expect(await admit(host)).toBe(true);
  });
});
