// npm run bench:trace [-- --builds demo,live --path / --runs 2 --no-build --filter-change --factor 100 --functions]
// Where the main thread's time goes on first load (or, with --filter-change, in the filter change the
// speed suite measures: type 2022 into "From"; --factor multiplies the observations answers as it
// does): a Chromium performance trace (devtools timeline
// categories and the sampling profiler) of one page, CPU slowed 4× like Lighthouse's mobile preset,
// on the production builds the speed suite serves (BENCH_PORT..+2). Prints each long task (over
// 50 ms) with what ran in it: the top-level events and, through the builds' source maps, the source
// files (or packages) that took the CPU time (--functions: the functions, file:line, instead).
// Not a timed test: a report for finding causes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { changeFilter, multiplyObservations } from './inp.mjs';
import { CHROMIUM_FLAGS } from './lighthouse.mjs';
import { buildAll, serveDemo, serveLive } from './serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);
const { values: args } = parseArgs({
  options: {
    builds: { type: 'string', default: 'demo,live' },
    path: { type: 'string', default: '/' },
    runs: { type: 'string', default: '2' },
    'no-build': { type: 'boolean', default: false },
    'filter-change': { type: 'boolean', default: false },
    factor: { type: 'string', default: '1' },
    functions: { type: 'boolean', default: false },
  },
});
const LONG_TASK_MS = 50;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
];

/** Source maps of the build's assets, to name the original file behind a profiled function. */
function sourceNamer(dir) {
  const maps = new Map();
  const mapFor = (url) => {
    const file = new URL(url).pathname;
    if (!maps.has(file)) {
      try {
        maps.set(file, new TraceMap(readFileSync(join(dir, `${file}.map`), 'utf8')));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file);
  };
  return ({ url, lineNumber, columnNumber, functionName }) => {
    if (!url) return functionName ? `(${functionName})` : '(native)';
    if (!url.startsWith('http')) return `(${url.split('/').pop()})`;
    const map = mapFor(url);
    let pos = null;
    try {
      pos = map && originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    } catch {
      // A frame outside the mapped lines (the module wrapper): named by its file below.
    }
    const source = pos?.source;
    if (!source) return new URL(url).pathname;
    const nm = source.lastIndexOf('node_modules/');
    const where = nm < 0 ? source.replace(/^.*?\/(src|mocks)\//, '$1/') : source.slice(nm + 13);
    if (args.functions) return `${pos.name ?? functionName ?? '(anonymous)'} ${where}:${pos.line}`;
    if (nm < 0) return where;
    const [scope, name] = where.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  };
}

/** The sampling profile of one thread: its call frames and the time of each sample (µs). */
function threadProfile(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const nodes = new Map();
  const parents = new Map();
  const samples = [];
  if (!profile) return { nodes, parents, samples };
  let time = profile.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) {
      nodes.set(node.id, node.callFrame);
      if (node.parent !== undefined) parents.set(node.id, node.parent);
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      samples.push({ id, ts: time });
    });
  }
  return { nodes, parents, samples };
}

function analyse(trace, namer) {
  const events = trace.traceEvents ?? trace;
  // The page's main thread: the renderer main thread that was busiest.
  const busy = new Map();
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X')
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.dur >= LONG_TASK_MS * 1000)
    .sort((a, b) => a.ts - b.ts);
  const { nodes, parents, samples } = threadProfile(events, main.pid, main.tid);
  // --functions: each sample also counts for the nearest caller in the app's own code (src/), so
  // a component's time includes the library code it called.
  const ownCaller = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at);
      const name = frame && namer(frame);
      if (name?.includes(' src/')) return name;
    }
    return null;
  };
  const interesting = new Set([
    'EvaluateScript',
    'v8.compileModule',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'ParseHTML',
    'Layout',
    'UpdateLayoutTree',
    'Paint',
    'MajorGC',
    'MinorGC',
    'RunMicrotasks',
    'ParseAuthorStyleSheet',
  ]);
  const first = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
  const t0 = first?.ts ?? tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const children = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && interesting.has(e.name))
      // Top level only: skip events inside another listed event.
      .filter(
        (e, _i, all) =>
          !all.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur),
      )
      .map((e) => {
        const d = e.args?.data ?? {};
        const what = d.url ? new URL(d.url, 'http://x').pathname : d.functionName || d.type || '';
        return { name: e.name, what, ms: e.dur / 1000 };
      });
    const self = new Map();
    const own = new Map();
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > end) continue;
      const frame = nodes.get(s.id);
      if (!frame) continue;
      const key = namer(frame);
      self.set(key, (self.get(key) ?? 0) + 1);
      const caller = args.functions ? ownCaller(s.id) : null;
      if (caller) own.set(caller, (own.get(caller) ?? 0) + 1);
    }
    const sampled = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    const bySource = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, args.functions ? 16 : 8)
      .map(([source, n]) => ({ source, ms: (n / sampled) * (task.dur / 1000) }));
    const byOwnCaller = [...own.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([source, n]) => ({ source, ms: (n / sampled) * (task.dur / 1000) }));
    return { atMs: (task.ts - t0) / 1000, ms: task.dur / 1000, children, bySource, byOwnCaller };
  });
}

async function traceOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (Number(args.factor) > 1) await multiplyObservations(page, Number(args.factor));
  if (args['filter-change']) {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await changeFilter(page, () => browser.startTracing(page, { categories: CATEGORIES }));
  } else {
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.waitForTimeout(3000);
  }
  const buffer = await browser.stopTracing();
  await context.close();
  return JSON.parse(buffer.toString('utf8'));
}

const fmt = (ms) => `${Math.round(ms)} ms`;
function print(label, tasks) {
  const total = tasks.reduce((sum, t) => sum + t.ms, 0);
  const blocking = tasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);
  console.log(`\n## ${label}: ${tasks.length} long tasks, ${fmt(total)} in all, ${fmt(blocking)} over 50 ms`);
  for (const task of tasks) {
    console.log(`\n- at ${fmt(task.atMs)}: ${fmt(task.ms)}`);
    const shown = task.children.filter((c) => c.ms >= 5).slice(0, 10);
    for (const c of shown) console.log(`    ${c.name} ${c.what} ${fmt(c.ms)}`);
    console.log(`    CPU by source: ${task.bySource.map((s) => `${s.source} ${fmt(s.ms)}`).join(', ')}`);
    if (task.byOwnCaller.length)
      console.log(`    by own caller: ${task.byOwnCaller.map((s) => `${s.source} ${fmt(s.ms)}`).join(', ')}`);
  }
}

const basePort = Number(process.env.BENCH_PORT ?? 4321);
const builds = args.builds.split(',');
const dirs = args['no-build']
  ? { demo: join(root, '.bench', 'demo'), live: join(root, '.bench', 'live') }
  : buildAll(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  for (const [i, build] of builds.entries()) {
    const server = await (build === 'demo' ? serveDemo : serveLive)(dirs[build], basePort + i);
    try {
      for (let run = 1; run <= Number(args.runs); run += 1) {
        const trace = await traceOnce(browser, `${server.url}${args.path}`);
        const what = args['filter-change'] ? `filter change on ${args.path} ×${args.factor}` : args.path;
        print(`${build} ${what}, run ${run}`, analyse(trace, sourceNamer(dirs[build])));
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
