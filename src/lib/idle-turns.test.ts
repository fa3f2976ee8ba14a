import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh queue per test: the module keeps its queue, as the page does. */
const fresh = async () => {
  vi.resetModules();
  return (await import('./idle-turns')).takeIdleTurn;
};

describe('takeIdleTurn', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs one turn per quiet moment, in the order asked', async () => {
    const takeIdleTurn = await fresh();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const ran: string[] = [];
    takeIdleTurn(() => ran.push('a'));
    takeIdleTurn(() => ran.push('b'));
    takeIdleTurn(() => ran.push('c'));
    expect(idle).toHaveLength(1);
    idle.shift()?.();
    expect(ran).toEqual(['a']);
    idle.shift()?.();
    idle.shift()?.();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(idle).toHaveLength(0);
  });

  it('asks the browser to run a turn within a bounded wait, so a busy page still gets there', async () => {
    const takeIdleTurn = await fresh();
    const options: (IdleRequestOptions | undefined)[] = [];
    vi.stubGlobal('requestIdleCallback', (_run: () => void, o?: IdleRequestOptions) => options.push(o));
    takeIdleTurn(() => {});
    expect(options[0]?.timeout).toBeGreaterThan(0);
  });

  it('skips a cancelled turn and goes on with the next', async () => {
    const takeIdleTurn = await fresh();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const ran: string[] = [];
    const cancelA = takeIdleTurn(() => ran.push('a'));
    takeIdleTurn(() => ran.push('b'));
    cancelA();
    idle.shift()?.();
    expect(ran).toEqual(['b']);
    cancelA();
    expect(idle).toHaveLength(0);
  });

  it('falls back to short pauses where the browser has no idle callbacks', async () => {
    const takeIdleTurn = await fresh();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    takeIdleTurn(() => ran.push('a'));
    takeIdleTurn(() => ran.push('b'));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
  });
});
