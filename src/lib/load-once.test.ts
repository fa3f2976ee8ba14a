import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once and gives every caller that load', async () => {
    const load = vi.fn(() => Promise.resolve({ schema: 'zone' }));
    const loader = loadOnce(load);
    const [a, b] = await Promise.all([loader(), loader()]);
    expect(await loader()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so that the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('loaded');
    const loader = loadOnce(load);
    await expect(loader()).rejects.toThrow('offline');
    await expect(loader()).resolves.toBe('loaded');
    await expect(loader()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
