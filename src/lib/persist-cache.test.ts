import { describe, expect, it } from 'vitest';
import { MAX_SAVED_RECORDS, shouldSaveQuery } from './persist-cache';

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}` }));
const query = (key: string, data: unknown, status = 'success') => ({
  queryKey: [key, 'observations'],
  state: { status, data },
});

describe('which answers are saved for the next visit', () => {
  it('saves successful API answers, in any of their shapes', () => {
    expect(shouldSaveQuery(query('api', records(3)))).toBe(true);
    expect(shouldSaveQuery(query('api', { data: records(3) }))).toBe(true);
    expect(
      shouldSaveQuery(query('world-bank', { pages: [{ data: records(2) }, { data: records(2) }] })),
    ).toBe(true);
  });

  it('never saves failures or answers from elsewhere', () => {
    expect(shouldSaveQuery(query('api', undefined, 'error'))).toBe(false);
    expect(shouldSaveQuery(query('geometry', records(3)))).toBe(false);
  });

  it('leaves out an answer too large to save without holding the page', () => {
    expect(shouldSaveQuery(query('api', records(MAX_SAVED_RECORDS)))).toBe(true);
    expect(shouldSaveQuery(query('api', records(MAX_SAVED_RECORDS + 1)))).toBe(false);
    const page = { data: records(MAX_SAVED_RECORDS / 2 + 1) };
    expect(shouldSaveQuery(query('api', { pages: [page, page] }))).toBe(false);
  });
});
