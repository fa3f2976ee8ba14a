// Browser tests on the production build. By default `vite preview` serves dist/ (E2E_DIST for another
// build folder) on a free port; with E2E_BASE_URL set, the suite tests that running site instead
// (e.g. the real data service) and starts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/support/chromium';

const HOST = '127.0.0.1';
const external = process.env.E2E_BASE_URL?.trim().replace(/\/$/, '');
const dist = process.env.E2E_DIST ?? 'dist';

/** Other suites may run on this machine at the same time, so never assume a fixed port is free. */
function freePort(): string {
  const probe = `const s=require('node:net').createServer().listen(0,'${HOST}',()=>{process.stdout.write(String(s.address().port));s.close()})`;
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
}

if (!external && !existsSync(`${dist}/index.html`)) {
  throw new Error(`${dist}/index.html not found: build first (npm run build), or set E2E_BASE_URL`);
}
// Workers load this file again; the environment carries the port chosen by the main process.
process.env.E2E_PREVIEW_PORT ??= external ? '' : freePort();
const baseURL = external ?? `http://${HOST}:${process.env.E2E_PREVIEW_PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  // Scenarios switched on through the demo API's ?fault= parameter cannot be provoked on a real server.
  testIgnore: external ? ['**/faults.e2e.ts', '**/fault-matrix.e2e.ts'] : [],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  // Two cores, shared: one browser at a time keeps timings honest and the machine usable.
  workers: 1,
  forbidOnly: true,
  // Failures keep a trace and a screenshot in test-results/ (npx playwright show-trace …/trace.zip).
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: external
    ? undefined
    : {
        command: `npx vite preview --outDir ${dist} --host ${HOST} --port ${process.env.E2E_PREVIEW_PORT} --strictPort`,
        url: baseURL,
        reuseExistingServer: false,
        timeout: 30_000,
      },
});
