/** HTTP done properly: caching by dataset version, compression, security headers, request ids. */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
const BOOT = '<script>document.documentElement.dataset.prerender = location.pathname</script>';
const bootHash = createHash('sha256')
  .update('document.documentElement.dataset.prerender = location.pathname')
  .digest('base64');
const dist = mkdtempSync(join(tmpdir(), 'tc-dist-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>Tech Corridor</title>${BOOT}`);
  // Prerendered pages (scripts/prerender.mjs): one file per address, the same inline boot script.
  writeFileSync(join(dist, 'map.html'), `<!doctype html><title>Map</title>${BOOT}`);
  mkdirSync(join(dist, 'charts'));
  writeFileSync(join(dist, 'charts', 'investment.html'), `<!doctype html><title>Investment</title>${BOOT}`);
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

  it('serves a prerendered page its own file, and index.html where there is none', async () => {
    expect(await (await server.get('/map')).text()).toContain('<title>Map</title>');
    expect(await (await server.get('/charts/investment?zone=stz-nust')).text()).toContain(
      '<title>Investment</title>',
    );
    expect(await (await server.get('/charts/demographics')).text()).toContain('<title>Tech Corridor</title>');
    expect(await (await server.get('/map/')).text()).toContain('<title>Tech Corridor</title>');
  });
});

describe('security headers', () => {
  it.each(['/', '/api/v1/zones', '/api/v1/nothing'])('%s carries them', async (path) => {
    const response = await server.get(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    // Only this origin's files, and the pages' one inline script by its hash: never 'unsafe-inline'.
    expect(scripts).toBe(`'self' 'sha256-${bootHash}'`);
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
