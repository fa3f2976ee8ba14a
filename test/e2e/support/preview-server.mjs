// Serves the existing dist/ with `vite preview` on a free port. The runner owns its lifetime.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPreview(cwd, dist = 'dist') {
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  // detached: npx starts vite in a grandchild; its own process group lets stop() end both.
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', HOST, '--port', String(port), '--strictPort'],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk) => {
    output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is already gone.
    }
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited (${exited.code ?? exited.signal}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  stop();
  throw new Error(`vite preview did not answer on ${baseUrl} within ${START_TIMEOUT_MS} ms:\n${output}`);
}
