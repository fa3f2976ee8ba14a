// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { serveMockApi } from '@test/mock-api';
import { fetchMeta } from './meta';

serveMockApi();

describe('fetchMeta (demo API)', () => {
  it('answers the dataset version and each indicator’s freshness', async () => {
    const meta = await fetchMeta();
    expect(meta.datasetVersion).toMatch(/^demo-[0-9a-f]{16}$/);
    expect(meta.lastImportAt).toBeNull();
    const fdi = meta.indicators.find((i) => i.indicatorId === 'fdi-net-china');
    expect(fdi?.lastUpdated).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(fdi?.nextExpected).not.toBeNull();
    const irregular = meta.indicators.find((i) => i.indicatorId === 'stz-count');
    expect(irregular).toMatchObject({ nextExpected: null, overdue: false });
  });

  it('answers the same version on every call', async () => {
    expect((await fetchMeta()).datasetVersion).toBe((await fetchMeta()).datasetVersion);
  });
});
