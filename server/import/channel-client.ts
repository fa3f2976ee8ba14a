/** The command-line side of the admin channel: talk to a running server, or say it is not there. */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { adminSocketPath, serverPidPath } from './admin-channel';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid of a server process that owns the embedded database folder, if one is running. */
function owningServer(dataDir: string): number | null {
  const path = serverPidPath(dataDir);
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8'));
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * Talks to the running server if there is one (waiting while it starts); null when no server
 * owns the folder, so the caller may open it itself. Two processes must never open one folder.
 */
export async function callRunningServer(
  dataDir: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<string | null> {
  for (let waited = 0; ; waited += 500) {
    const answer = await callOnce(dataDir, method, path, body);
    if (answer !== null || owningServer(dataDir) === null) return answer;
    if (waited >= 60_000)
      throw new Error('the server owns the database folder but its import channel does not answer');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function callOnce(
  dataDir: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<string | null> {
  const socketPath = adminSocketPath(dataDir);
  if (!existsSync(socketPath)) return null;
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath, method, path, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`the running server refused: ${text}`));
          else resolve(text);
        });
      },
    );
    // A socket file with no server behind it: the server is not running, so open the folder directly.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNREFUSED' || error.code === 'ENOENT' ? resolve(null) : reject(error),
    );
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}
