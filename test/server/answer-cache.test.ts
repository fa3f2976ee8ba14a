/**
 * The in-memory answer cache (server/http/answer-cache.ts) seen from outside: an import changes
 * the answer and the ETag at once, and no two different questions ever get each other's answer.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { importObservations } from '../../server/import/import-observations';
import { DatasetVersion } from '../../server/repo/dataset-version';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

const HEADER =
  'indicatorId,geoType,geo,sectorId,period,value,qualifier,vintage,provenanceKind,provenanceSource,provenanceUrl,provenanceAsOf,provenanceNote';
const FY2027 =
  'fdi-net-china,country,PAK,,FY2027,811000000,,first-reported,sourced,"Business Recorder, 17 Jul 2027 (SBP)",https://www.brecorder.com/news/fdi-fy27,2027-07-17,';

// Every pair differs in one thing the answer depends on; equivalent spellings are at the end.
const questions = [
  '/observations',
  '/observations?vintage=all',
  '/observations?zone=stz-nust',
  '/observations?zone=stz-tech7',
  '/observations?zone=stz-nust,stz-tech7',
  '/observations?sector=it-software',
  '/observations?indicator=fdi-net-china',
  '/observations?indicator=fdi-net-china&vintage=all',
  '/observations?geo=PAK&from=2020',
  '/observations?geo=PAK&to=2020',
  '/observations?limit=5',
  '/observations?limit=6',
  '/observations?limit=5&sort=value',
  '/observations?limit=5&sort=-value',
  '/observations?limit=5&sort=geo',
  '/observations?limit=5&sort=period',
  '/zones?country=PK',
  '/zones?country=CN',
  '/events?from=2024',
  '/events?to=2024',
  '/companies?zone=cn-seda',
  '/sectors?group=economy',
  '/indicators?id=fdi-net-china',
  '/observations?zone=stz-tech7,stz-nust,stz-nust',
  '/observations?limit=5&unknown=1',
];

async function body(path: string, headers: Record<string, string> = {}) {
  const response = await server.get(`/api/v1${path}`, headers);
  return { etag: response.headers.get('etag'), text: await response.text(), response };
}

describe('the answer cache', () => {
  it('gives every question its own answer, the same as computing it afresh', async () => {
    // The same database without a cache: the reference answer for each question.
    const fresh = await buildApp({ db: server.database.db, answerCacheMegabytes: 0 });
    try {
      for (const round of ['cold', 'warm']) {
        for (const path of questions) {
          const expected = await fresh.inject({ method: 'GET', url: `/api/v1${path}` });
          expect((await body(path)).text, `${round}: ${path}`).toBe(expected.body);
        }
      }
    } finally {
      await fresh.close();
    }
    const answers = new Set(await Promise.all(questions.slice(0, -2).map(async (q) => (await body(q)).text)));
    expect(answers.size).toBe(questions.length - 2);
  });

  it('follows cursors page by page without mixing pages up', async () => {
    const seen: string[] = [];
    let path = '/observations?vintage=all&limit=40&sort=-value';
    for (let i = 0; i < 10; i += 1) {
      const page = JSON.parse((await body(path)).text) as {
        data: object[];
        page: { total: number; nextCursor: string | null };
      };
      seen.push(...page.data.map((o) => JSON.stringify(o)));
      if (!page.page.nextCursor) {
        expect(seen).toHaveLength(page.page.total);
        expect(new Set(seen).size).toBe(seen.length);
        return;
      }
      path = `/observations?vintage=all&limit=40&sort=-value&cursor=${page.page.nextCursor}`;
    }
    throw new Error('more pages than expected');
  });

  it('sends the same answer compressed, once compressed', async () => {
    const plain = (await body('/observations?vintage=all')).text;
    const app = await buildApp({ db: server.database.db });
    try {
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const answer = await app.inject({
          method: 'GET',
          url: '/api/v1/observations?vintage=all',
          headers: { 'accept-encoding': encoding },
        });
        expect(answer.headers['content-encoding']).toBe(encoding);
        expect(answer.rawPayload.length).toBeLessThan(plain.length / 3);
        expect(decode(answer.rawPayload).toString()).toBe(plain);
      }
    } finally {
      await app.close();
    }
  });

  it('answers a new import at once: new figures, new ETag, new total', async () => {
    const path = '/observations?indicator=fdi-net-china&limit=2';
    const before = await body(path);
    const meta = await body('/meta');
    const report = await importObservations(server.database.db, 'fy27.csv', `${HEADER}\n${FY2027}\n`, false);
    expect(report.accepted).toBe(true);
    const after = await body(path);
    expect(after.etag).not.toBe(before.etag);
    const total = (text: string) => (JSON.parse(text) as { page: { total: number } }).page.total;
    expect(total(after.text)).toBe(total(before.text) + 1);
    const all = await body('/observations?indicator=fdi-net-china&from=2027');
    expect(all.text).toContain('811000000');
    expect((await body('/meta')).text).not.toBe(meta.text);
    // A client holding the old version gets the new answer, not a 304.
    expect((await body(path, { 'if-none-match': before.etag ?? '' })).response.status).toBe(200);
  });

  it('reuses a read of the version until the import channel says the data changed', async () => {
    // As npm start runs it: the version is read at most once a minute here, unless told.
    const version = new DatasetVersion(server.database.db, 60_000);
    const app = await buildApp({ db: server.database.db, version });
    const ask = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/observations?indicator=fdi-net-china&from=2028' }))
        .body;
    try {
      expect(await ask()).not.toContain('905000000');
      const row = FY2027.replaceAll('2027', '2028').replace('811000000', '905000000');
      expect(
        (await importObservations(server.database.db, 'fy28.csv', `${HEADER}\n${row}\n`, false)).accepted,
      ).toBe(true);
      version.changed(); // what the admin channel does after an import
      expect(await ask()).toContain('905000000');
    } finally {
      await app.close();
    }
  });
});
