/**
 * One contract, two implementations: every case is asked of the demo API (MSW handlers, called
 * directly) and of the data service (HTTP, embedded database) and must get the same status and
 * the same JSON, page after page.
 */
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { startTestServer, type TestServer } from '../server/test-server';
import { contractCases } from './cases';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

interface Answer {
  status: number;
  body: unknown;
}

async function fromDemo(path: string): Promise<Answer> {
  const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`));
  if (!response) throw new Error(`no demo handler for ${path}`);
  return { status: response.status, body: await response.json() };
}

async function fromServer(path: string): Promise<Answer> {
  const response = await server.get(`/api/v1${path}`);
  return { status: response.status, body: await response.json() };
}

const nextCursor = (body: unknown): string | null =>
  (body as { page?: { nextCursor?: string | null } }).page?.nextCursor ?? null;

describe('the demo API and the data service answer alike', () => {
  const named = contractCases.map((path) => [path.length > 90 ? `${path.slice(0, 90)}…` : path, path]);
  it.each(named)('%s', async (_name, path) => {
    let demo = await fromDemo(path);
    let real = await fromServer(path);
    expect(real).toEqual(demo);
    // Follow the pages (a few): cursors from one implementation work on the other.
    for (let page = 0; page < 4 && nextCursor(demo.body); page += 1) {
      const next = `${path}${path.includes('?') ? '&' : '?'}cursor=${nextCursor(demo.body)}`;
      [demo, real] = await Promise.all([fromDemo(next), fromServer(next)]);
      expect(real).toEqual(demo);
    }
  });

  it('pages cover every record exactly once', async () => {
    const seen: unknown[] = [];
    let path: string | null = '/observations?vintage=all&limit=40&sort=-value';
    while (path) {
      const { body } = await fromServer(path);
      seen.push(...(body as { data: unknown[] }).data);
      const cursor = nextCursor(body);
      path = cursor ? `/observations?vintage=all&limit=40&sort=-value&cursor=${cursor}` : null;
    }
    const all = (await fromDemo('/observations?vintage=all&limit=10000')).body as { data: unknown[] };
    expect(seen).toHaveLength(all.data.length);
    expect(new Set(seen.map((o) => JSON.stringify(o))).size).toBe(all.data.length);
  });

  it.each(['/zones', '/sectors', '/indicators'])(
    '%s carries Chinese and Urdu names from both implementations',
    async (path) => {
      for (const answer of [await fromDemo(path), await fromServer(path)]) {
        const records = (answer.body as { data: { names?: Record<string, string>; shortNames?: object }[] })
          .data;
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) {
          expect(Object.keys(record.names ?? {}).sort()).toEqual(['ur', 'zh-Hans']);
          if (path === '/zones')
            expect(Object.keys(record.shortNames ?? {}).sort()).toEqual(['ur', 'zh-Hans']);
        }
      }
    },
  );

  it.each([
    '/observations?vintage=all&limit=10000',
    '/zones',
    '/sectors',
    '/indicators',
    '/events',
    '/companies',
  ])('%s carries the same Chinese and Urdu texts from both implementations', async (path) => {
    const texts = (body: unknown): unknown[] =>
      Array.isArray(body)
        ? body.flatMap(texts)
        : body !== null && typeof body === 'object'
          ? Object.entries(body)
              // jsonb bodies keep their own key order: walk keys sorted so both lists line up.
              .sort(([a], [b]) => a.localeCompare(b))
              .flatMap(([key, value]) => (key === 'texts' ? [value] : texts(value)))
          : [];
    const [demo, real] = [texts((await fromDemo(path)).body), texts((await fromServer(path)).body)];
    expect(real).toEqual(demo);
    expect(demo.length).toBeGreaterThan(0);
    for (const entry of demo)
      for (const local of Object.values(entry as Record<string, object>))
        expect(Object.keys(local).sort()).toEqual(['ur', 'zh-Hans']);
  });

  // Issue 12: the stored World Bank rows are a copy of WDI; both implementations name it, so neither
  // passes the copy's own date off as WDI's.
  it.each(['SP.POP.TOTL', 'SP.POP.0014.TO.ZS', 'SP.POP.65UP.TO.ZS'])(
    'World Bank %s: the same rows, naming the copy they came from',
    async (indicator) => {
      const query = `country/PAK;CHN/indicator/${indicator}?format=json&per_page=1000`;
      const demo = await getResponse(handlers, new Request(`https://api.worldbank.org/v2/${query}`));
      const real = await server.get(`/api/v1/world-bank/v2/${query}`);
      const demoBody = (await demo?.json()) as [{ copy?: { name: string } }, unknown[]];
      expect(await real.json()).toEqual(demoBody);
      expect(demoBody[0].copy?.name).toContain(indicator);
    },
  );
});
