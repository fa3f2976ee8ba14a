// Lighthouse 12.2.3 (the last line that runs on Node 20), default mobile preset: Moto G Power
// viewport, simulated slow 4G and a 4× slower CPU. Three runs per page, the median run kept.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

function summarise(lhr) {
  return {
    perf: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: metric(lhr, 'first-contentful-paint'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    si: metric(lhr, 'speed-index'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    longestTaskMs: Math.max(0, ...(lhr.audits['long-tasks']?.details?.items ?? []).map((i) => i.duration)),
  };
}

/** A busy machine sometimes starts Chromium too slowly for chrome-launcher: try once more. */
async function launch(port) {
  const options = {
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
    port,
  };
  try {
    return await chromeLauncher.launch(options);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return chromeLauncher.launch(options);
  }
}

/** One Lighthouse run in a fresh browser profile. */
async function runOnce(url, port) {
  const chrome = await launch(port);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
    });
    if (!result?.lhr || result.lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
    }
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * Median of `runs` Lighthouse runs of one URL. Two failures are Lighthouse's, not the page's, and such a
 * run is tried again, twice: on a busy machine it sometimes cannot reach the browser it just launched
 * (ECONNREFUSED on /json/version), and now and then its trace misses the navigation (NO_NAVSTART).
 */
export async function measurePage(url, { runs = 3, port }) {
  const lhrs = [];
  for (let i = 0; i < runs; i += 1) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        lhrs.push(await runOnce(url, port));
        break;
      } catch (error) {
        const reason = `${error?.cause?.code ?? ''} ${error}`;
        if (attempt === 3 || !/ECONNREFUSED|NO_NAVSTART/.test(reason)) throw error;
        console.warn(`Lighthouse run failed (${reason.trim()}; attempt ${attempt}); trying again`);
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    }
  }
  const median = summarise(computeMedianRun(lhrs));
  const each = lhrs.map(summarise);
  // Each run's TBT beside the median run's: on this machine one page's TBT varies by 100-250 ms.
  return { ...median, runs: each.map((r) => r.perf), tbtRuns: each.map((r) => r.tbt) };
}
