import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import formatjs from '@formatjs/unplugin/vite';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerender } from './scripts/prerender.mjs';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));
const tests = fileURLToPath(new URL('./test', import.meta.url));

/** A real-API build has no use for MSW's service worker script, which public/ would otherwise copy in. */
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (enabled) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Each page's HTML gets its English first screen (scripts/prerender.mjs), drawn by the build itself in
 * Chromium. PRERENDER=0 skips it (a build that only measures its bundle: `npm run budget`).
 */
function prerenderPages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (process.env.PRERENDER !== '0') await prerender(outDir);
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demoApi = !env.VITE_API_BASE_URL?.trim();
  return {
    // English messages ship pre-parsed inside the modules that use them (`ast: true`), so English needs
    // no catalogue in the first load and each lazy page carries only its own text.
    plugins: [formatjs({ ast: true }), react(), dropMockWorker(!demoApi), prerenderPages()],
    // Build-time constants: a real-API build drops MSW and the demo fixtures entirely.
    define: {
      __DEMO_API__: JSON.stringify(demoApi),
      __LIVE_WORLD_BANK__: JSON.stringify(!demoApi || env.VITE_WORLD_BANK_LIVE === 'true'),
    },
    resolve: {
      alias: {
        '@': src,
        '@mocks': mocks,
        '@test': tests,
        // Catalogues are compiled to ICU ASTs ahead of time (scripts/i18n.mjs): ship no message parser.
        '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
        // wouter imports the useSyncExternalStore shim for React < 18; React 19 has the hook itself.
        'use-sync-external-store/shim/index.js': fileURLToPath(
          new URL('./src/lib/use-sync-external-store.ts', import.meta.url),
        ),
      },
    },
    // The map's worker (features/map/country-paths.worker.ts) is a module worker: ES output like the app.
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      sourcemap: true,
      manifest: true,
      // The polyfill only serves browsers without <link rel="modulepreload"> (Safari before 17, Firefox
      // before 115), where chunks still load, just without the head start: not worth first-load bytes.
      modulePreload: { polyfill: false },
      // One stylesheet (about 10 KB gzip), linked by every page: a phone makes one render-blocking
      // request instead of the eight a prerendered overview linked, and no lazy chunk's stylesheet
      // arrives later to restyle and lay out the whole page again.
      cssCodeSplit: false,
      // Everything the first screen imports statically goes into the entry chunk: one gzip stream
      // instead of seven shared chunks (3 KB gzip less, and fewer requests). Lazy pages import the
      // pieces they share with it from there; what only they need stays in their own chunks.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'first-load', tags: ['$initial'], priority: 2 },
              // The contract (the schemas and the checks) arrives with the first answer: one chunk
              // rather than one per schema module, each a request and a modulepreload link. zod has a
              // chunk of its own, imported beside it (lib/zod-ready.ts): evaluated in a
              // task of its own, before the schemas are built with it, not in one long task with them.
              {
                name: 'zod',
                test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]lib[\\/]zod-ready/,
                priority: 1,
              },
              {
                name: 'contract',
                test: /[\\/]src[\\/]domain[\\/]|[\\/]src[\\/]lib[\\/]check-answer/,
                priority: 1,
              },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1' },
    test: {
      css: false,
      // Vitest's default leaves one core to its main process, which is idle while the workers run:
      // on the 2-core CI machine that was one worker and half the machine unused.
      maxWorkers: availableParallelism(),
      // No VITE_REQUEST_TIMEOUT_MS here: tests run the production 3 s timeout (the fault matrix moves a
      // fake clock, so timing rules cost no real seconds).
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            // Pure functions need no DOM; the few files that do say so with `@vitest-environment happy-dom`
            // (a quarter of jsdom's start-up cost per file; the integration tests keep jsdom).
            environment: 'node',
            setupFiles: ['./test/setup-unit.ts'],
            include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
            benchmark: { include: ['test/bench/**/*.bench.ts', 'src/**/*.bench.ts'] },
            // One module graph per worker, not per file: a quarter of the CPU time (zod, MSW and the
            // fixtures load once). Files with module state reset it (circuits, reports) in afterEach.
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            environment: 'jsdom',
            benchmark: { include: [] },
            setupFiles: ['./test/setup-integration.ts'],
            include: ['test/integration/**/*.test.{ts,tsx}'],
            // A limit for hangs, not a speed check: the deck tests walk every slide, and on a 2-core machine
            // shared with other jobs (both cores running test workers) 15 s was not always enough.
            testTimeout: 30_000,
            // Each file renders the whole app: loading React, Recharts, React Aria and jsdom once per
            // worker instead of once per file halves the CPU time. Files must leave no state behind:
            // test/setup-integration.ts unmounts, resets the URL, handlers and faults after each test.
            isolate: false,
            // Rendering whole pages allocates heavily; a larger young generation spends less CPU in GC.
            execArgv: ['--max-semi-space-size=64'],
          },
        },
        {
          // The data service over HTTP on an embedded database (or DATABASE_URL), and the
          // contract cases run against both it and the demo API: Node, no browser globals, no MSW server.
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['test/server/**/*.test.ts', 'test/contract/**/*.test.ts'],
            // One embedded database per file is plenty for a 2-core machine.
            fileParallelism: false,
            // The files run one after another in one process, which loads PGlite's WASM once: a third
            // less CPU. Each file opens and closes its own database, so no state crosses files.
            isolate: false,
            // In a plain `vitest run` this project goes after the others (it runs on one worker).
            sequence: { groupOrder: 1 },
            // Opening PGlite (Postgres in WASM) takes seconds on a busy 2-core machine.
            hookTimeout: 60_000,
            testTimeout: 30_000,
          },
        },
      ],
    },
  };
});
