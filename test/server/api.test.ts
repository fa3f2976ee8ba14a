/** The data service over HTTP on an embedded database: filters, paging, vintages, limits, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

interface Page {
  data: Observation[];
  page: { limit: number; total: number; nextCursor: string | null };
}
const json = async <T>(path: string) => {
  const response = await server.get(`/api/v1${path}`);
  return { status: response.status, body: (await response.json()) as T };
};

describe('GET /observations', () => {
  it('filters in the database by indicator, zone, sector and end year', async () => {
    const { body } = await json<Page>(
      '/observations?indicator=zone-companies&zone=stz-lahore-technopolis&sector=it-software&from=2022&to=2023',
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const o of body.data) {
      expect(o).toMatchObject({
        indicatorId: 'zone-companies',
        geoType: 'zone',
        geo: 'stz-lahore-technopolis',
        sectorId: 'it-software',
      });
      expect(['2022', '2023']).toContain(o.period.slice(-4));
    }
    expect(body.page.total).toBe(body.data.length);
  });

  it('answers the latest vintage by default and every vintage with vintage=all', async () => {
    const latest = await json<Page>('/observations?indicator=fdi-net-china&from=2024&to=2024');
    expect(latest.body.data.map((o) => [o.value, o.vintage])).toEqual([[643000000, 'revised']]);
    const all = await json<Page>('/observations?indicator=fdi-net-china&from=2024&to=2024&vintage=all');
    expect(all.body.data.map((o) => o.vintage).sort()).toEqual(['first-reported', 'revised']);
  });

  it('pages with limit and cursor and reports the total', async () => {
    const first = await json<Page>('/observations?vintage=all&limit=100');
    expect(first.body.data).toHaveLength(100);
    expect(first.body.page).toMatchObject({ limit: 100, total: 223 });
    const second = await json<Page>(
      `/observations?vintage=all&limit=100&cursor=${first.body.page.nextCursor}`,
    );
    expect(second.body.data[0]).not.toEqual(first.body.data[0]);
    const third = await json<Page>(
      `/observations?vintage=all&limit=100&cursor=${second.body.page.nextCursor}`,
    );
    expect(third.body.data).toHaveLength(23);
    expect(third.body.page.nextCursor).toBeNull();
  });

  it('defaults to pages of 1000', async () => {
    expect((await json<Page>('/observations')).body.page.limit).toBe(1000);
  });

  it('sorts on the server', async () => {
    const { body } = await json<Page>('/observations?indicator=fdi-net-china&vintage=all&sort=-value');
    const values = body.data.map((o) => o.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('answers an unknown id with 200 and an empty list', async () => {
    const { status, body } = await json<Page>('/observations?indicator=nothing-like-this');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
  });
});

describe('bad requests', () => {
  it.each([
    ['/observations?limit=0', 'limit'],
    ['/observations?limit=10001', 'limit'],
    ['/observations?limit=1e3', 'limit'],
    ['/observations?cursor=%00', 'cursor'],
    ['/observations?sort=secret', 'sort'],
    [`/observations?indicator=${Array.from({ length: 201 }, (_, i) => `i${i}`).join(',')}`, 'indicator'],
    [`/events?zone=${'z,'.repeat(1100)}`, null],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const { status, body } = await json<{
      error: { code: string; parameter: string | null; message: string };
    }>(path);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
    if (parameter) expect(body.error.message).toContain(parameter);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/i);
  });

  it('refuses writes: the API is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${server.baseUrl}/api/v1/observations`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await json<{ error: { code: string } }>('/nothing');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('other endpoints', () => {
  it('serves the stored World Bank series in the World Bank format', async () => {
    const response = await server.get(
      '/api/v1/world-bank/v2/country/CHN;PAK/indicator/SP.POP.TOTL?format=json&date=2020%3A2024&per_page=1000&page=1',
    );
    const [paging, rows] = (await response.json()) as [
      { total: number; lastupdated: string },
      { date: string }[],
    ];
    expect(paging.total).toBe(10);
    expect(rows.every((r) => Number(r.date) >= 2020 && Number(r.date) <= 2024)).toBe(true);
  });

  it('publishes OpenAPI 3.1', async () => {
    const { body } = await json<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/observations');
  });

  it('reports health and readiness', async () => {
    expect((await server.get('/healthz')).status).toBe(200);
    const ready = await server.get('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
