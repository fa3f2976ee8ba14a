// What the first screen downloads: the entry chunk of index.html and every chunk it imports
// statically (dynamic imports: MSW, lazy routes, load after first paint). Used by check-budget.mjs
// and the speed suite (bench-web.mjs). KB means 1000 bytes, the unit Vite's build report uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoadFiles(manifest) {
  const entryKey = Object.keys(manifest).find(
    (key) => key === 'index.html' || manifest[key].src === 'index.html',
  );
  if (!entryKey) throw new Error('.vite/manifest.json has no entry for index.html');
  const js = [];
  const css = new Set(manifest[entryKey].css ?? []);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest references unknown chunk ${key}`);
    js.push(chunk.file);
    // CSS of statically imported chunks is linked from index.html too, so it is first-load as well.
    for (const file of chunk.css ?? []) css.add(file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entryKey);
  return { js, css: [...css] };
}

export function measureFile(dir, file) {
  const buf = readFileSync(join(dir, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, text: buf.toString('utf8') };
}

/** Gzip bytes of the first-load JS of the build in `dir` (needs build.manifest). */
export function firstLoadJsGzip(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  return firstLoadFiles(manifest).js.reduce((sum, file) => sum + measureFile(dir, file).gzip, 0);
}
