import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gatheringScheduler } from './notify-in-task';

describe('gatheringScheduler', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs the notifications scheduled before the first has run together, in order, in one timer', () => {
    const schedule = gatheringScheduler();
    const ran: string[] = [];
    schedule(() => ran.push('zones fetching'));
    schedule(() => ran.push('sectors fetching'));
    schedule(() => ran.push('meta fetching'));
    expect(ran).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['zones fetching', 'sectors fetching', 'meta fetching']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives a notification scheduled after the batch ran a timer of its own', () => {
    const schedule = gatheringScheduler();
    const ran: string[] = [];
    schedule(() => ran.push('first answer'));
    vi.advanceTimersToNextTimer();
    schedule(() => ran.push('second answer'));
    expect(ran).toEqual(['first answer']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first answer', 'second answer']);
  });

  it('goes on with the others when one notification throws, and rethrows it on its own', () => {
    const schedule = gatheringScheduler();
    const ran: string[] = [];
    const thrown: unknown[] = [];
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        thrown.push(error);
      }
    });
    schedule(() => {
      throw new Error('broken subscriber');
    });
    schedule(() => ran.push('next'));
    vi.advanceTimersToNextTimer();
    queue.mockRestore();
    expect(ran).toEqual(['next']);
    expect(thrown).toEqual([new Error('broken subscriber')]);
  });
});
