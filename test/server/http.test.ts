/** HTTP done properly: caching by dataset version, compression, security headers, request ids. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
const dist = mkdtempSync(join(tmpdir(), 'tc-dist-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tech Corridor</title>');
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  server = await startTestServer({ distDir: dist });
}, 60_000);
afterAll(() => server.close());

describe('caching', () => {
  it('answers with an ETag from the dataset version, and 304 when the client holds it', async () => {
    const first = await server.get('/api/v1/zones');
    const etag = first.headers.get('etag');
    const meta = (await (await server.get('/api/v1/meta')).json()) as { data: { datasetVersion: string } };
    expect(etag).toBe(`W/"${meta.data.datasetVersion}"`);
    expect(first.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/);
    const again = await server.get('/api/v1/zones', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await server.get('/api/v1/zones', { 'if-none-match': 'W/"old"' })).status).toBe(200);
  });

  it('marks hashed assets immutable and revalidates the page', async () => {
    const asset = await server.get('/assets/index-AbC123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await server.get('/');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('compression', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
  ])('compresses API answers with %s', async (accept, encoding) => {
    const response = await server.get('/api/v1/observations', { 'accept-encoding': accept });
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(((await response.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });
});

describe('the app', () => {
  it('falls back to index.html for page URLs, not for missing files', async () => {
    const page = await server.get('/explore?zone=stz-nust');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Tech Corridor');
    expect((await server.get('/assets/missing.js')).status).toBe(404);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/v1/zones', '/api/v1/nothing'])('%s carries them', async (path) => {
    const response = await server.get(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scripts).toBe("'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('gives every answer a request id, keeping a sane one the client sent', async () => {
    expect((await server.get('/healthz')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await server.get('/healthz', { 'x-request-id': 'abc-123' })).headers.get('x-request-id')).toBe(
      'abc-123',
    );
    expect(
      (await server.get('/healthz', { 'x-request-id': '<script>' })).headers.get('x-request-id'),
    ).not.toBe('<script>');
  });
});
