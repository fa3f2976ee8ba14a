import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demoApi = !env.VITE_API_BASE_URL?.trim();
  return {
    plugins: [react()],
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
      env: { VITE_REQUEST_TIMEOUT_MS: '400' },
    },
  };
});
