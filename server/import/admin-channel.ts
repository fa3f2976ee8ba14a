/**
 * How the curator's commands reach an embedded database while the server runs: PGlite lets one
 * process own its folder, so the server listens on a Unix socket beside it (file permissions,
 * never the network) and runs imports, exports and seeds in its own process and transactions.
 * The public HTTP API stays read-only.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Db } from '../db/client';
import { readDemoDataset } from '../seed/demo-dataset';
import { loadDataset } from '../seed/load-dataset';
import { exportObservationsCsv } from './export-observations';
import { importObservations } from './import-observations';

/** Import files are read whole; this is far above any release a curator imports at once. */
const MAX_BODY = 64 * 1024 * 1024;

export const adminSocketPath = (dataDir: string) => join(dirname(dataDir), 'admin.sock');
/** Written by the server before it opens the folder, so commands wait for its channel instead. */
export const serverPidPath = (dataDir: string) => join(dirname(dataDir), 'server.pid');

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('import file too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `changed` is called after every command that may have changed the data (the API's version check). */
export async function startAdminChannel(
  db: Db,
  dataDir: string,
  log: Logger,
  changed: () => void = () => {},
) {
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) unlinkSync(path); // left by a server that did not stop cleanly
  const server = createServer(async (request, response) => {
    const reply = (status: number, body: string, type = 'application/json') => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    try {
      if (request.method === 'POST' && request.url === '/import') {
        const { file, text, dryRun } = JSON.parse(await readBody(request)) as {
          file: string;
          text: string;
          dryRun: boolean;
        };
        const report = await importObservations(db, String(file), String(text), Boolean(dryRun));
        if (!dryRun) changed();
        log.info(
          {
            file: report.file,
            accepted: report.accepted,
            inserted: report.inserted,
            dryRun: report.dryRun,
            datasetVersion: report.datasetVersion,
          },
          'import',
        );
        return reply(200, JSON.stringify(report));
      }
      if (request.method === 'GET' && request.url === '/export')
        return reply(200, await exportObservationsCsv(db), 'text/csv');
      if (request.method === 'POST' && request.url === '/seed') {
        const version = await loadDataset(db, readDemoDataset());
        changed();
        log.info({ datasetVersion: version }, 'seeded with the demo dataset');
        return reply(200, JSON.stringify({ datasetVersion: version }));
      }
      return reply(404, JSON.stringify({ error: 'unknown command' }));
    } catch (error) {
      log.error({ err: error }, 'admin command failed');
      return reply(500, JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  log.info({ socket: path }, 'import channel open (npm run data:import reaches the database through it)');
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
