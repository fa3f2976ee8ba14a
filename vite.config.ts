import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demoApi = !env.VITE_API_BASE_URL?.trim();
  return {
    plugins: [react(), dropMockWorker(!demoApi)],
    // Build-time constants: a real-API build drops MSW and the demo fixtures entirely.
    define: {
      __DEMO_API__: JSON.stringify(demoApi),
      __LIVE_WORLD_BANK__: JSON.stringify(!demoApi || env.VITE_WORLD_BANK_LIVE === 'true'),
    },
    resolve: {
      alias: { '@': src, '@mocks': mocks },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      manifest: true,
    },
    preview: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
        'test/integration/**/*.test.{ts,tsx}',
        'scripts/**/*.test.ts',
      ],
      benchmark: { include: ['test/bench/**/*.bench.ts', 'src/**/*.bench.ts'] },
      css: false,
      testTimeout: 15000,
    },
  };
});
