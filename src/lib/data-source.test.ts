import { describe, expect, it } from 'vitest';
import { describeDataSource } from './data-source';

const server = {
  demoApi: false,
  liveWorldBank: true,
  apiBaseUrl: '/api/v1',
  worldBankBaseUrl: '/api/v1/world-bank/v2',
};
const meta = (datasetVersion: string, lastImportAt: string | null) => ({
  datasetVersion,
  lastImportAt,
  indicators: [],
});

describe('describeDataSource', () => {
  it('says demo data when the browser serves it', () => {
    expect(describeDataSource({ ...server, demoApi: true, liveWorldBank: false }, undefined).text).toBe(
      'Demo data',
    );
  });

  it('says a data service holds the seeded demo dataset until the first import', () => {
    const label = describeDataSource(server, meta('demo-abc', null));
    expect(label.text).toBe('Demo dataset · data service');
    expect(label.title).toContain('stored copy at /api/v1/world-bank/v2');
  });

  it('says when imported figures were last loaded', () => {
    const label = describeDataSource(server, meta('f00d', '2026-11-30T16:40:00.000Z'));
    expect(label.text).toBe('Data service · imported 30 Nov 2026');
    expect(label.title).toContain('dataset f00d');
  });

  it('names the live World Bank when the app calls it', () => {
    const label = describeDataSource(
      { ...server, worldBankBaseUrl: 'https://api.worldbank.org/v2' },
      undefined,
    );
    expect(label).toMatchObject({
      text: 'Data service',
      title: expect.stringContaining('live World Bank API'),
    });
  });
});
