import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createQueryClient } from './query-client';

const { retry, retryDelay } = createQueryClient().getDefaultOptions().queries ?? {};

describe('retry policy', () => {
  const shouldRetry = (count: number, error: unknown) =>
    typeof retry === 'function' ? retry(count, error as Error) : retry;

  it('retries timeouts, network failures and 5xx up to three times', () => {
    for (const error of [
      new ApiError('timeout', 't'),
      new ApiError('network', 'n'),
      new ApiError('http', 'h', { status: 503 }),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(2, error)).toBe(true);
      expect(shouldRetry(3, error)).toBe(false);
    }
  });

  it('never retries a 4xx, a schema mismatch or a body that is not JSON', () => {
    for (const error of [
      new ApiError('http', 'h', { status: 404 }),
      new ApiError('schema', 's'),
      new ApiError('parse', 'p'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  it('backs off exponentially, capped at 8 s', () => {
    const delay = (n: number) =>
      typeof retryDelay === 'function' ? retryDelay(n, new Error('x')) : retryDelay;
    expect([0, 1, 2, 5].map(delay)).toEqual([1000, 2000, 4000, 8000]);
  });
});
