/** The curator's path: an import lands whole or not at all, with every problem by line and column. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import { exportObservationsCsv } from '../../server/import/export-observations';
import { importObservations } from '../../server/import/import-observations';
import { formatProblem } from '../../server/import/problems';
import { readDataset } from '../../server/repo/dataset';
import { readDemoDataset } from '../../server/seed/demo-dataset';
import { loadDataset } from '../../server/seed/load-dataset';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());
beforeEach(async () => {
  await loadDataset(server.database.db, readDemoDataset());
});

const db = () => server.database.db;
const HEADER =
  'indicatorId,geoType,geo,sectorId,period,value,qualifier,vintage,provenanceKind,provenanceSource,provenanceUrl,provenanceAsOf,provenanceNote';
const FY2026 =
  'fdi-net-china,country,PAK,,FY2026,702000000,,first-reported,sourced,"Business Recorder, 18 Jul 2026 (SBP)",https://www.brecorder.com/news/fdi-fy26,2026-07-18,provisional';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

async function observations(query: string): Promise<Observation[]> {
  const response = await server.get(`/api/v1/observations?${query}`);
  return ((await response.json()) as { data: Observation[] }).data;
}

async function state() {
  const all = await observations('vintage=all&limit=10000');
  return { count: all.length, version: (await readDataset(db()))?.version };
}

describe('a good file', () => {
  it('lands in one go, changes the dataset version, and the API serves it with its provenance', async () => {
    const before = await state();
    const report = await importObservations(db(), 'fdi.csv', csv(FY2026), false);
    expect(report).toMatchObject({ accepted: true, inserted: 1, unchanged: 0, problems: [] });
    const after = await state();
    expect(after.count).toBe(before.count + 1);
    expect(after.version).not.toBe(before.version);
    const [figure] = await observations('indicator=fdi-net-china&from=2026&to=2026');
    expect(figure).toMatchObject({ value: 702000000, provenance: { kind: 'sourced', asOf: '2026-07-18' } });
    const meta = (await (await server.get('/api/v1/meta')).json()) as {
      data: { lastImportAt: string | null };
    };
    expect(meta.data.lastImportAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('changes nothing when imported again', async () => {
    await importObservations(db(), 'fdi.csv', csv(FY2026), false);
    const before = await state();
    const again = await importObservations(db(), 'fdi.csv', csv(FY2026), false);
    expect(again).toMatchObject({ accepted: true, inserted: 0, unchanged: 1 });
    expect(await state()).toEqual(before);
  });

  it('keeps a revision as a new vintage: latest by default, both on request', async () => {
    await importObservations(db(), 'fdi.csv', csv(FY2026), false);
    const revised = FY2026.replace('702000000', '731000000')
      .replace('first-reported', 'revised')
      .replace('2026-07-18', '2027-07-20');
    expect((await importObservations(db(), 'rev.csv', csv(revised), false)).inserted).toBe(1);
    const latest = await observations('indicator=fdi-net-china&from=2026&to=2026');
    expect(latest.map((o) => o.value)).toEqual([731000000]);
    const all = await observations('indicator=fdi-net-china&from=2026&to=2026&vintage=all');
    expect(all.map((o) => o.value)).toEqual([702000000, 731000000]);
  });

  it('writes nothing on a dry run', async () => {
    const before = await state();
    const report = await importObservations(db(), 'fdi.csv', csv(FY2026), true);
    expect(report).toMatchObject({ accepted: true, dryRun: true, inserted: 1 });
    expect(await state()).toEqual(before);
  });

  it('round-trips: the export re-imports unchanged, and so does an API answer as JSON', async () => {
    const before = await state();
    const exported = await exportObservationsCsv(db());
    const report = await importObservations(db(), 'export.csv', exported, false);
    expect(report).toMatchObject({ accepted: true, inserted: 0, unchanged: before.count });
    const answer = await (await server.get('/api/v1/observations?vintage=all&limit=10000')).text();
    expect(await importObservations(db(), 'answer.json', answer, false)).toMatchObject({ inserted: 0 });
    expect(await state()).toEqual(before);
  });

  it('keeps a note in Chinese and Urdu from its own columns, and the API serves it', async () => {
    const text = `${HEADER},provenanceNoteZhHans,provenanceNoteUr\n${FY2026},临时数,عبوری\n`;
    expect(await importObservations(db(), 'fdi.csv', text, false)).toMatchObject({
      accepted: true,
      inserted: 1,
    });
    const [figure] = await observations('indicator=fdi-net-china&from=2026&to=2026');
    expect(figure?.provenance).toMatchObject({
      note: 'provisional',
      texts: { note: { 'zh-Hans': '临时数', ur: 'عبوری' } },
    });
    expect(await exportObservationsCsv(db())).toContain('provisional,,,,,,临时数,عبوری');
  });

  it('flags illustrative rows without refusing them', async () => {
    const row =
      'zone-companies,zone,stz-nust,it-software,2026,3,,,illustrative,Tech Corridor illustrative generator,,2026-01-01,';
    const report = await importObservations(db(), 'gen.csv', csv(row), true);
    expect(report).toMatchObject({ accepted: true, illustrativeLines: [2] });
  });
});

describe('a bad file is refused whole', () => {
  const cases: [string, string[], RegExp[]][] = [
    [
      'wrong types',
      [FY2026, FY2026.replace('702000000', 'seven hundred').replace('FY2026', 'FY2027')],
      [/line 4, column value: Invalid input: expected number/],
    ],
    ['a bad period', [FY2026.replace('FY2026', 'FY26')], [/line 3, column period: expected a period/]],
    [
      'missing provenance',
      [FY2026.replace('sourced,"Business Recorder, 18 Jul 2026 (SBP)"', ',')],
      [/line 3, column provenanceKind: Invalid option/, /line 3, column provenanceSource: Too small/],
    ],
    [
      'a sourced row without a link',
      [FY2026.replace('https://www.brecorder.com/news/fdi-fy26', '')],
      [/line 3, column provenanceUrl: a sourced figure needs a link/],
    ],
    [
      'a javascript: link',
      [FY2026.replace('https://www.brecorder.com/news/fdi-fy26', 'javascript:alert(1)')],
      [/line 3, column provenanceUrl: expected an http: or https: URL/],
    ],
    ['duplicate keys', [FY2026, FY2026], [/line 4: the same figure and vintage as line 3/]],
    [
      'an unknown indicator',
      [FY2026.replace('fdi-net-china', 'fdi-net-mars')],
      [/line 3, column indicatorId: unknown indicator/],
    ],
  ];

  it.each(cases)('%s', async (_name, rows, expected) => {
    const before = await state();
    const report = await importObservations(
      db(),
      'bad.csv',
      csv(FY2026.replace('FY2026', 'FY2030'), ...rows),
      false,
    );
    expect(report.accepted).toBe(false);
    const lines = report.problems.map((p) => formatProblem(p, 'csv'));
    for (const pattern of expected)
      expect(
        lines.some((l) => pattern.test(l)),
        lines.join('\n'),
      ).toBe(true);
    // The good first row was not written either.
    expect(await state()).toEqual(before);
  });

  it('lists every problem of the file, not only the first', async () => {
    const report = await importObservations(
      db(),
      'bad.csv',
      csv(
        FY2026.replace('FY2026', 'FY26'),
        FY2026.replace('702000000', 'x'),
        FY2026.replace('https://www.brecorder.com/news/fdi-fy26', 'ftp://x'),
      ),
      false,
    );
    expect(new Set(report.problems.map((p) => p.line))).toEqual(new Set([2, 3, 4]));
  });

  it('refuses a stored vintage with other figures: a revision needs a later as-of date', async () => {
    await importObservations(db(), 'fdi.csv', csv(FY2026), false);
    const report = await importObservations(db(), 'fdi.csv', csv(FY2026.replace('702000000', '1')), false);
    expect(report.accepted).toBe(false);
    expect(report.problems[0]?.message).toMatch(/later as-of date/);
  });

  it('refuses a file with a missing column or no rows', async () => {
    expect(
      (await importObservations(db(), 'x.csv', 'indicatorId,geo\nfdi-net-china,PAK\n', false)).problems[0],
    ).toMatchObject({ line: 1 });
    expect((await importObservations(db(), 'x.csv', `${HEADER}\n`, false)).accepted).toBe(false);
    expect((await importObservations(db(), 'x.json', '{"data": 3}', false)).accepted).toBe(false);
  });
});

describe('the CSV template in docs/', () => {
  it('is a valid import file: its figures are the demo dataset’s own, so it changes nothing', async () => {
    const template = readFileSync(new URL('../../docs/observations-template.csv', import.meta.url), 'utf8');
    expect(await importObservations(db(), 'observations-template.csv', template, true)).toMatchObject({
      accepted: true,
      inserted: 0,
      unchanged: 2,
    });
  });
});
