// @vitest-environment happy-dom
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { serveMockApi } from '@test/mock-api';
import { setFaults } from '@mocks/handlers/faults';
import { ApiError } from '../api-error';
import { fetchWorldBank } from './world-bank';
import { toWorldBankObservations } from './to-world-bank-observations';

serveMockApi();

const meta = {
  page: 1,
  pages: 1,
  per_page: 50,
  total: 2,
  sourceid: '2',
  sourcename: 'World Development Indicators',
  lastupdated: '2025-10-07',
};
const row = (date: string, value: number | null) => ({
  indicator: { id: 'SP.POP.TOTL', value: 'Population, total' },
  country: { id: 'PK', value: 'Pakistan' },
  countryiso3code: 'PAK',
  date,
  value,
  unit: '',
  obs_status: '',
  decimal: 0,
});

describe('toWorldBankObservations', () => {
  it('maps rows to sourced observations and drops missing years', () => {
    const out = toWorldBankObservations([meta, [row('2024', 251_269_164), row('2023', null)]]);
    expect(out).toEqual([
      {
        indicatorId: 'wb:SP.POP.TOTL',
        geoType: 'country',
        geo: 'PAK',
        sectorId: null,
        period: '2024',
        value: 251_269_164,
        qualifier: null,
        vintage: null,
        provenance: {
          kind: 'sourced',
          source: 'World Bank WDI (SP.POP.TOTL)',
          url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
          asOf: '2025-10-07',
          note: 'Population, total',
        },
      },
    ]);
  });

  it('treats a null row list as no data', () => {
    expect(toWorldBankObservations([{ ...meta, total: 0 }, null])).toEqual([]);
  });
});

describe('fetchWorldBank', () => {
  const params = { indicator: 'SP.POP.TOTL', countries: ['PAK', 'CHN'], from: 2010, to: 2024 } as const;

  it('reads both countries for every year in range', async () => {
    const out = await fetchWorldBank(params);
    expect(out).toHaveLength(30);
    expect(new Set(out.map((o) => o.geo))).toEqual(new Set(['PAK', 'CHN']));
  });

  it('follows the paging metadata to later pages', async () => {
    const seen: string[] = [];
    server.use(
      http.get('https://api.worldbank.org/v2/country/:c/indicator/:i', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        seen.push(page);
        return HttpResponse.json([
          { ...meta, page: Number(page), pages: 2 },
          [row(page === '1' ? '2024' : '2023', 1)],
        ]);
      }),
    );
    const out = await fetchWorldBank(params);
    expect(seen).toEqual(['1', '2']);
    expect(out.map((o) => o.period)).toEqual(['2024', '2023']);
  });

  it("turns the World Bank's HTTP-200 error message into an error", async () => {
    setFaults({ worldbank: 'invalid' });
    const error = await fetchWorldBank(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'The World Bank API answered: The provided parameter value is not valid',
    );
  });
});
