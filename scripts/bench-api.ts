/**
 * npm run bench:api: requests per second and p50/p99 latency of GET /observations with the
 * filters the dashboard sends, on the demo dataset and on a generated one 100 times larger,
 * with 20 connections (autocannon). A report for people, not a pass/fail test.
 *
 * The server runs in its own process (as in production) on a throw-away PGlite folder, or on
 * DATABASE_URL when set (its data is replaced). Goal on the 2-core CI machine: p99 ≤ 25 ms at 100×.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/client';
import { readDemoDataset, type Dataset } from '../server/seed/demo-dataset';
import { loadDataset } from '../server/seed/load-dataset';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
const PORT = 4300 + Math.floor(Math.random() * 500);

// Light to heavy, so that one slow answer's backlog does not spill into the next measurement.
const requests: [string, string][] = [
  [
    'breakdown: one zone, one sector',
    '/api/v1/observations?indicator=zone-investment&sector=it-software&zone=stz-nust',
  ],
  ['explore: first page by value', '/api/v1/observations?limit=100&sort=-value'],
  [
    'chart: FDI series',
    '/api/v1/observations?geo=PAK&indicator=fdi-net-china,fdi-net-total&limit=10000&vintage=all',
  ],
  [
    'KPI: zone companies, all zones',
    '/api/v1/observations?from=2022&indicator=zone-companies&limit=10000&to=2025&vintage=all',
  ],
];

/** The demo records, then 99 copies in made-up places (geo "…~k"), flagged illustrative. */
function scaled(data: Dataset, times: number): Dataset {
  const copies = Array.from({ length: times - 1 }, (_, i) =>
    data.observations.map((o) => ({
      ...o,
      geo: `${o.geo}~${i + 1}`,
      provenance: {
        kind: 'illustrative' as const,
        source: 'bench:api generator',
        url: null,
        asOf: o.provenance.asOf,
      },
    })),
  );
  return { ...data, observations: [...data.observations, ...copies.flat()] };
}

async function prepare(dataDir: string | undefined, data: Dataset) {
  const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
  await database.migrate();
  await loadDataset(database.db, data);
  await database.close();
}

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not become ready');
}

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

function cannon(path: string): Result {
  const run = spawnSync(
    'npx',
    [
      'autocannon',
      '--json',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      `http://127.0.0.1:${PORT}${path}`,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(run.stdout) as Result;
}

async function main() {
  const demo = readDemoDataset();
  const lines = [
    `# bench:api: GET /observations, ${CONNECTIONS} connections, ${SECONDS} s per request`,
    '',
    `Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}; ${new Date().toISOString()}`,
    '',
    '| dataset | request | req/s | p50 ms | p99 ms | non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [label, data] of [
    ['demo', demo],
    ['100×', scaled(demo, 100)],
  ] as const) {
    const root = mkdtempSync(join(tmpdir(), 'tc-bench-'));
    const dataDir = join(root, 'pglite');
    mkdirSync(dataDir);
    await prepare(process.env.DATABASE_URL ? undefined : dataDir, data);
    const server = await startServer(dataDir);
    try {
      for (const [name, path] of requests) {
        const r = cannon(path);
        await new Promise((resolve) => setTimeout(resolve, 3000)); // let the server drain
        const row = `| ${label} (${data.observations.length} obs.) | ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
        console.log(row);
        lines.push(row);
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(root, { recursive: true, force: true });
    }
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-api.md', `${lines.join('\n')}\n`);
  console.log('\nwritten to test-results/bench-api.md');
}

await main();
