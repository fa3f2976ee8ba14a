/* global window */
// A filter change as a user makes it (open "From", pick 2022), measured with the Event Timing API
// (the interactions' durations, what INP reports) and the Long Tasks API, on the real-API build with
// the CPU slowed 4× like Lighthouse's mobile preset. 100× data: every observations answer is
// multiplied in the browser's network layer, each copy its own series (a `definition` of its own).
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './lighthouse.mjs';

const OBSERVE = () => {
  const store = { events: [], longTasks: [], frames: [] };
  window.__perf = store;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) store.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) store.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them (the Long Tasks API cannot): the
  // culprit of the longest task is printed beside the figures.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts
        .toSorted((a, b) => b.duration - a.duration)
        .map((x) => `${x.invoker} (${x.sourceURL.split('/').pop()}, ${Math.round(x.duration)} ms)`);
      store.frames.push({ start: e.startTime, duration: e.duration, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
};

// Each copy is a record of its own: its source is named apart too, since the client drops a record
// that repeats another's identity and source as "one figure sent twice" (lib/endpoints/observations.ts).
// Until session 8 only `definition` differed, so 99 of every 100 copies were dropped as repeats.
function multiply(body, factor) {
  const copy = (o, k) => ({
    ...o,
    definition: `${o.definition ?? 'stress'} copy ${k}`,
    ...(o.provenance
      ? { provenance: { ...o.provenance, source: `${o.provenance.source} (copy ${k})` } }
      : {}),
  });
  const grow = (list) => list.flatMap((o) => Array.from({ length: factor }, (_, k) => (k ? copy(o, k) : o)));
  if (Array.isArray(body)) return grow(body);
  if (!Array.isArray(body?.data)) return body;
  // A page never holds more than it asked for (docs/api.md): 100x the data is 100x the total, and
  // still `limit` rows a page. Until session 10 Explore's first page arrived with 14,200 rows.
  // The cursor stays the original's, so scrolling on asks the API for its real next page.
  if (typeof body.page?.limit === 'number')
    return {
      ...body,
      data: grow(body.data).slice(0, body.page.limit),
      page: { ...body.page, total: body.page.total * factor },
    };
  return { ...body, data: grow(body.data) };
}

/** Every observations answer the page receives, multiplied `factor` times. */
export function multiplyObservations(page, factor) {
  return page.route('**/api/v1/observations**', async (route) => {
    const response = await route.fetch();
    const body = multiply(await response.json(), factor);
    // The ETag names the original body: drop it so the browser does not pair it with this one.
    const headers = { ...response.headers(), 'content-type': 'application/json' };
    delete headers.etag;
    delete headers['content-length'];
    delete headers['content-encoding'];
    await route.fulfill({ status: response.status(), headers, body: JSON.stringify(body) });
  });
}

/**
 * The filter change, once the page has settled: a keyboard user focuses "From" (a native select) and
 * types 2022, which selects as it goes (2010, 2020, 2022: up to three changes, the slowest reported);
 * then wait for the answers. Until session 7 "From" was React Aria's Select, opened and clicked.
 */
export async function changeFilter(page, before = async () => {}) {
  const from = page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'From' });
  await from.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await before();
  const t0 = await page.evaluate(() => performance.now());
  await from.focus();
  await page.keyboard.type('2022');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  return t0;
}

async function oneRun(browser, url, factor) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  if (factor > 1) await multiplyObservations(page, factor);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  const t0 = await changeFilter(page);
  const result = await page.evaluate((since) => {
    const { events, longTasks, frames } = window.__perf;
    const after = (e) => e.start >= since;
    const longest = frames.filter(after).sort((a, b) => b.duration - a.duration)[0];
    return {
      interactionMs: Math.max(0, ...events.filter(after).map((e) => e.duration)),
      longestTaskMs: Math.max(0, ...longTasks.filter(after).map((e) => e.duration)),
      longestFrameScripts: longest?.scripts.slice(0, 3) ?? [],
    };
  }, t0);
  await context.close();
  return result;
}

/** Worst of `runs` filter changes per page and data factor. */
export async function measureFilterChanges(baseUrl, paths, { factors = [1, 100], runs = 2 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const rows = [];
  try {
    for (const path of paths) {
      for (const factor of factors) {
        const samples = [];
        for (let i = 0; i < runs; i += 1) samples.push(await oneRun(browser, `${baseUrl}${path}`, factor));
        rows.push({
          path,
          factor,
          interactionMs: Math.round(Math.max(...samples.map((s) => s.interactionMs))),
          longestTaskMs: Math.round(Math.max(...samples.map((s) => s.longestTaskMs))),
        });
        const worst = samples.toSorted((a, b) => b.longestTaskMs - a.longestTaskMs)[0];
        console.log(`  filter change ${path} ×${factor}:`, rows.at(-1));
        if (worst?.longestFrameScripts.length)
          console.log(`    longest frame ran: ${worst.longestFrameScripts.join('; ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
