// Builds and serves the two flavours the speed suite measures: the static demo build (MSW in the
// browser, `vite preview`) and the real-API build on the data service (server/main.ts, PGlite).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VITE = join('node_modules', 'vite', 'bin', 'vite.js');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

/** Production builds into .bench/demo and .bench/live (the same settings as `npm run build:app`). */
export function buildAll(root) {
  const demo = join(root, '.bench', 'demo');
  const live = join(root, '.bench', 'live');
  run(process.execPath, [VITE, 'build', '--outDir', demo, '--emptyOutDir', '--logLevel', 'warn']);
  run(process.execPath, [VITE, 'build', '--outDir', live, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_API_BASE_URL: '/api/v1',
    VITE_WORLD_BANK_BASE_URL: '/api/v1/world-bank/v2',
  });
  return { demo, live };
}

async function waitFor(url, child, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function start(command, args, env, readyUrl) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  return waitFor(readyUrl, child).then(() => ({
    url: readyUrl.replace(/\/(readyz)?$/, ''),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  }));
}

export function serveDemo(dir, port) {
  const args = [
    VITE,
    'preview',
    '--outDir',
    dir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
  return start(process.execPath, args, {}, `http://127.0.0.1:${port}/`);
}

/** The data service on a fresh embedded database in a temporary folder (seeded with the demo data). */
export async function serveLive(dir, port) {
  const data = mkdtempSync(join(tmpdir(), 'bench-web-pglite-'));
  const server = await start(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts'],
    { PORT: String(port), HOST: '127.0.0.1', DIST_DIR: dir, PGLITE_DATA_DIR: data, LOG_LEVEL: 'warn' },
    `http://127.0.0.1:${port}/readyz`,
  );
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}
