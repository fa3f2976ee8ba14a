// Browser tests against the production build: `vite preview` of dist/ (CI builds first),
// Debian's Chromium through playwright-core, and each test/e2e/*.e2e.mjs in turn.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { checkA11y } from './support/a11y.mjs';
import { expect } from './support/expect.mjs';
import { startPreview } from './support/preview-server.mjs';

const TEST_TIMEOUT_MS = 60_000;
const root = fileURLToPath(new URL('../..', import.meta.url));
const testDir = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(root, 'test-results');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the network-quieting flags Chromium keeps calling hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let preview = null;
let browser = null;

async function shutdown() {
  await browser?.close().catch(() => {});
  preview?.stop();
}

// The preview server runs in its own process group, so it must be ended explicitly on every exit path.
process.on('exit', () => preview?.stop());
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    console.error(`\nReceived ${signal}, stopping.`);
    void shutdown().finally(() => process.exit(code));
  });
}

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();

// Retries repeat the same console error; keep the line readable.
function summarise(problems) {
  const unique = [...new Set(problems)];
  const more = unique.length > 5 ? `; +${unique.length - 5} more` : '';
  return unique.slice(0, 5).join('; ') + more;
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(file, baseUrl) {
  const mod = await import(pathToFileURL(join(testDir, file)).href);
  const name = mod.name ?? file.replace(/\.e2e\.mjs$/, '');
  if (typeof mod.run !== 'function') return { name, error: new Error(`${file} exports no run()`) };

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  // Tests may name console errors they provoke on purpose (e.g. a simulated HTTP 503).
  const allowed = mod.allowedConsoleErrors ?? [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowed.some((pattern) => pattern.test(text))) return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  let error = null;
  try {
    await withTimeout(mod.run({ page, baseUrl, expect, checkA11y, context, browser }), TEST_TIMEOUT_MS);
    if (problems.length) error = new Error(summarise(problems));
  } catch (caught) {
    error = caught instanceof Error ? caught : new Error(String(caught));
    if (problems.length) error.message += ` [also: ${summarise(problems)}]`;
  }
  const screenshot = join(resultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: screenshot, fullPage: true, timeout: 10_000 }).catch(() => {});
  await context.close().catch(() => {});
  return { name, error, screenshot };
}

async function main() {
  // E2E_DIST serves another build folder; E2E_ONLY runs the test files whose names contain it;
  // E2E_BASE_URL tests a server that is already running (e.g. npm start) instead of vite preview.
  const dist = process.env.E2E_DIST ?? 'dist';
  const external = process.env.E2E_BASE_URL?.replace(/\/+$/, '');
  if (!external && !existsSync(join(root, dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: build first (npm run build)`);
  }
  const files = readdirSync(testDir)
    .filter((file) => file.endsWith('.e2e.mjs') && file.includes(process.env.E2E_ONLY ?? ''))
    .sort();
  if (files.length === 0) throw new Error(`no *.e2e.mjs files in ${testDir}`);
  mkdirSync(resultsDir, { recursive: true });

  const baseUrl = external ?? (preview = await startPreview(root, dist)).baseUrl;
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  console.log(`Testing ${baseUrl}, Chromium ${browser.version()}, ${files.length} test file(s)`);

  let passed = 0;
  let failed = 0;
  for (const file of files) {
    // Scenarios switched on through the demo API (?fault=) cannot be provoked on a real server.
    const mod = await import(pathToFileURL(join(testDir, file)).href);
    if (external && mod.demoApiOnly) {
      console.log(
        `– ${mod.name ?? file}: needs the demo API (${mod.demoApiOnly}); not applicable to ${baseUrl}`,
      );
      continue;
    }
    const { name, error, screenshot } = await runOne(file, baseUrl);
    if (error) {
      failed += 1;
      console.log(
        `✗ ${name}: ${oneLine(error.message)}${screenshot ? ` (screenshot: ${relative(root, screenshot)})` : ''}`,
      );
    } else {
      passed += 1;
      console.log(`✓ ${name}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`e2e runner could not run: ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
} finally {
  await shutdown();
}
process.exit(exitCode);
