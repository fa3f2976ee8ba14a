import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { checkList, RECORDS_PER_SLICE } from './check-answer';

const Item = z.object({ id: z.string() });
const answer = (count: number) => ({ data: Array.from({ length: count }, (_, i) => ({ id: `r${i}` })) });
const url = 'https://example.org/api/v1/things';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkList', () => {
  it('yields to the browser between slices of a long answer, and keeps every valid record', async () => {
    const yieldNow = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldNow });
    const { data } = await checkList(url, answer(RECORDS_PER_SLICE * 2 + 500), Item, (i) => i.id);
    expect(data).toHaveLength(RECORDS_PER_SLICE * 2 + 500);
    expect(yieldNow).toHaveBeenCalledTimes(2);
  });

  it('checks in one go where the browser cannot yield', async () => {
    vi.stubGlobal('scheduler', undefined);
    const { data } = await checkList(url, answer(RECORDS_PER_SLICE + 1), Item, (i) => i.id);
    expect(data).toHaveLength(RECORDS_PER_SLICE + 1);
  });

  it('leaves out a record that fails or repeats a key, and fails only when none is left', async () => {
    const mixed = { data: [{ id: 'a' }, { id: 1 }, { id: 'a' }, { id: 'b' }] };
    expect((await checkList(url, mixed, Item, (i) => i.id)).data).toEqual([{ id: 'a' }, { id: 'b' }]);
    await expect(checkList(url, { data: [{ id: 1 }] }, Item, (i) => i.id)).rejects.toThrow(
      /Unexpected response/,
    );
  });
});
