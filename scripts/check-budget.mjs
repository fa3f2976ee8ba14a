// Bundle budget and MSW-leak check. Run after `vite build` (see the `budget` npm script).
// 1. First-load JS (the entry chunk plus everything it imports statically) must stay within
//    BUDGET_KB gzip, and none of it may contain MSW: the demo worker arrives via dynamic import only.
// 2. A second build configured for a real API must contain no MSW and no demo fixtures at all.
// KB here means 1000 bytes, the unit Vite's own build report uses.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoadFiles, measureFile } from './first-load.mjs';

// 90, issue 15's goal, since session 14: 73.1 KB used. React 18.3 in place of 19 took 22.5 KB out
// (react-dom 18's client is that much smaller, and the app used none of 19's features but `<title>`
// hoisting and a boolean `inert`; see docs/performance.md, "Session 14"). Earlier: nuqs,
// intl-messageformat, the English figures, other number styles, the World Bank mapping and the
// failure sentences left the first load. What is left: react-dom (~42 KB), TanStack Query (~10 KB),
// React and the scheduler, wouter, and about 20 KB of the app's own first screen.
const BUDGET_KB = 90;
const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const realApiDir = join(root, 'dist-real-api');
const MSW_MARKERS = ['mockServiceWorker', 'setupWorker', '[MSW]'];
const FIXTURE_MARKERS = ['Tech Corridor illustrative generator'];

const kb = (bytes) => (bytes / 1000).toFixed(1);
const failures = [];

const measure = (file) => measureFile(distDir, file);

function markersIn(text, markers) {
  return markers.filter((marker) => text.includes(marker));
}

function checkFirstLoad() {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      'dist/.vite/manifest.json is missing: run `vite build` first (build.manifest must be true)',
    );
  }
  const { js, css } = firstLoadFiles(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const jsRows = js.map(measure);
  const cssRows = css.map(measure);
  const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);

  const width = Math.max(28, ...[...jsRows, ...cssRows].map((row) => row.file.length));
  const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`);
  console.log('First load (static imports of index.html), KB = 1000 bytes, gzip level 9');
  line('file', 'raw KB', 'gzip KB');
  for (const row of [...jsRows, ...cssRows]) line(row.file, kb(row.raw), kb(row.gzip));
  line('total JS', kb(total(jsRows, 'raw')), kb(total(jsRows, 'gzip')));
  line('total CSS', kb(total(cssRows, 'raw')), kb(total(cssRows, 'gzip')));

  const jsGzip = total(jsRows, 'gzip');
  if (jsGzip > BUDGET_KB * 1000) {
    failures.push(`first-load JS is ${kb(jsGzip)} KB gzip, over the ${BUDGET_KB} KB budget`);
  }
  for (const row of jsRows) {
    const found = markersIn(row.text, MSW_MARKERS);
    if (found.length) failures.push(`statically loaded ${row.file} contains MSW code (${found.join(', ')})`);
  }
  return jsGzip;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function checkRealApiBuild() {
  console.log('\nBuilding with a real API configured (dist-real-api/)...');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', 'dist-real-api', '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_API_BASE_URL: 'https://api.example.org/api/v1', PRERENDER: '0' },
    },
  );
  if (result.status !== 0) {
    failures.push(`real-API build failed (exit ${result.status ?? result.signal})`);
    return;
  }
  let clean = true;
  for (const path of listFiles(realApiDir)) {
    const name = relative(realApiDir, path);
    const found = markersIn(readFileSync(path, 'utf8'), [...MSW_MARKERS, ...FIXTURE_MARKERS]);
    if (found.length) {
      clean = false;
      failures.push(`real-API build: ${name} contains ${found.map((m) => `'${m}'`).join(', ')}`);
    }
  }
  // vite.config.ts drops the worker script that public/ would copy in; a real-API build must not ship it.
  if (existsSync(join(realApiDir, 'mockServiceWorker.js'))) {
    clean = false;
    failures.push('real-API build: mockServiceWorker.js is in the build');
  }
  if (clean) console.log('real-API build: no MSW code and no demo fixtures found');
}

try {
  const jsGzip = checkFirstLoad();
  checkRealApiBuild();
  if (failures.length) {
    console.error(`\nBudget check FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `\nBudget OK: first-load JS ${kb(jsGzip)} KB gzip of ${BUDGET_KB} KB, no MSW on the static path.`,
  );
} catch (error) {
  console.error(`Budget check could not run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
