import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterElapsed } from './use-now';

describe('afterElapsed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once the time has passed, and callbacks of one moment share one timer', () => {
    const first = vi.fn();
    const second = vi.fn();
    afterElapsed(1500, first);
    afterElapsed(1500, second);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1400);
    expect(first).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('never calls a cancelled callback, and keeps the others', () => {
    const kept = vi.fn();
    const cancelled = vi.fn();
    afterElapsed(1500, kept);
    const cancel = afterElapsed(1500, cancelled);
    cancel();
    vi.advanceTimersByTime(1600);
    expect(cancelled).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
