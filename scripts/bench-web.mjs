// npm run bench:web [-- --label after --builds demo,live --pages overview,map --runs 3 --no-inp]
// Builds both flavours, serves them on ports BENCH_PORT..+2 (default 4321), runs Lighthouse on every
// page and the filter-change measurement, and writes docs/performance.json + docs/performance.md.
// Prints what exceeds the budgets; exits 0 either way (a report, not a test).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pages } from './bench-web/budgets.mjs';
import { measureFilterChanges } from './bench-web/inp.mjs';
import { measurePage } from './bench-web/lighthouse.mjs';
import { exceeded, renderMarkdown } from './bench-web/report.mjs';
import { buildAll, serveDemo, serveLive } from './bench-web/serve.mjs';
import { firstLoadJsGzip } from './first-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const { values: args } = parseArgs({
  options: {
    label: { type: 'string', default: 'latest' },
    builds: { type: 'string', default: 'demo,live' },
    pages: { type: 'string', default: pages.map((p) => p.id).join(',') },
    runs: { type: 'string', default: '3' },
    note: { type: 'string' },
    'no-inp': { type: 'boolean', default: false },
  },
});
const basePort = Number(process.env.BENCH_PORT ?? 4321);
const builds = args.builds.split(',');
const chosen = pages.filter((p) => args.pages.split(',').includes(p.id));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dirs = buildAll(root);
const run = {
  label: args.label,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit: execSync('git rev-parse --short HEAD').toString().trim(),
  firstLoadKB: firstLoadJsGzip(dirs.demo) / 1000,
  lighthouse: {},
  filterChanges: [],
  ...(args.note ? { note: args.note } : {}),
};

const jsonPath = join(root, 'docs', 'performance.json');
/** Written after every page, so an interrupted run keeps what it measured. */
function save() {
  const indexes = Object.values(run.lighthouse).flatMap((byPage) =>
    Object.values(byPage).map((m) => m.benchmarkIndex),
  );
  run.benchmarkIndex = indexes.length ? Math.round(median(indexes)) : null;
  const doc = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : { runs: [] };
  doc.runs = [...doc.runs.filter((r) => r.label !== run.label), run];
  writeFileSync(jsonPath, `${JSON.stringify(doc, null, 2)}\n`);
  writeFileSync(join(root, 'docs', 'performance.md'), renderMarkdown(doc));
}

for (const [i, build] of builds.entries()) {
  const server = await (build === 'demo' ? serveDemo : serveLive)(dirs[build], basePort + i);
  try {
    run.lighthouse[build] = {};
    for (const page of chosen) {
      const m = await measurePage(`${server.url}${page.path}`, {
        runs: Number(args.runs),
        port: basePort + 8,
      });
      run.lighthouse[build][page.id] = m;
      save();
      console.log(
        `${build} ${page.id}: perf ${m.perf} (${m.runs}), LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms`,
      );
    }
    if (build === 'live' && !args['no-inp']) {
      run.filterChanges = await measureFilterChanges(server.url, [
        '/',
        '/map',
        '/charts/investment',
        '/explore',
      ]);
      save();
    }
  } finally {
    await server.stop();
  }
}
const over = exceeded(run);
console.log(
  over.length ? `\nOver budget:\n${over.map((o) => `  - ${o}`).join('\n')}` : '\nEvery budget met.',
);
