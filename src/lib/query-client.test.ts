import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { record } from './circuit';
import { retryAtOf, retryDelay, shouldRetry } from './query-client';
import { resetCircuits } from './circuit';

// Module state: each test starts with closed circuits.
afterEach(() => {
  resetCircuits();
});

const url = 'http://localhost:3000/api/v1/zones';

describe('retry policy', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps retrying timeouts, network failures, 429 and 5xx (the circuit limits the load)', () => {
    for (const error of [
      new ApiError('timeout', 't'),
      new ApiError('network', 'n'),
      new ApiError('http', 'h', { status: 503 }),
      new ApiError('http', 'h', { status: 429 }),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(20, error)).toBe(true);
    }
  });

  it('never retries a 4xx, a schema mismatch or a body that is not JSON', () => {
    for (const error of [
      new ApiError('http', 'h', { status: 404 }),
      new ApiError('http', 'h', { status: 401 }),
      new ApiError('schema', 's'),
      new ApiError('parse', 'p'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  it('backs off exponentially with jitter, capped at a minute', () => {
    const error = new ApiError('http', 'h', { status: 500 });
    for (const [count, base] of [
      [0, 1000],
      [1, 2000],
      [3, 8000],
      [10, 60_000],
    ] as const) {
      const delays = Array.from({ length: 20 }, () => retryDelay(count, error));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(base * 0.75);
      expect(Math.max(...delays)).toBeLessThanOrEqual(base * 1.25);
    }
  });

  it('waits at least as long as Retry-After says', () => {
    const error = new ApiError('http', 'h', { status: 503, retryAfterMs: 8000 });
    expect(retryDelay(0, error)).toBeGreaterThanOrEqual(8000);
  });

  it('waits for the host’s circuit to reopen', () => {
    vi.useFakeTimers({ now: 0 });
    const error = new ApiError('http', 'h', { url, status: 500 });
    for (let i = 0; i < 3; i += 1) record('localhost:3000', error);
    expect(retryDelay(0, error)).toBeGreaterThanOrEqual(4000);
  });

  it('remembers when a retried query tries next, and only if it will retry', () => {
    vi.useFakeTimers({ now: 10_000 });
    const transient = new ApiError('timeout', 't', { url });
    const delay = retryDelay(0, transient);
    shouldRetry(0, transient);
    expect(retryAtOf(transient)).toBe(10_000 + delay);
    const final = new ApiError('http', 'h', { url, status: 404 });
    retryDelay(0, final);
    shouldRetry(0, final);
    expect(retryAtOf(final)).toBeUndefined();
  });
});
