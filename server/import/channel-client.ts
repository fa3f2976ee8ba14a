/** The command-line side of the admin channel: talk to a running server, or say it is not there. */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { adminSocketPath } from './admin-channel';

export async function callRunningServer(
  dataDir: string,
  method: 'GET' | 'POST',
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
