/**
 * The built SPA's pages. `vite build` writes index.html and, for the pages with a prerendered first
 * screen (scripts/prerender.mjs), one HTML file per address (map.html for /map, …). Each
 * address gets its own page, any other page address gets index.html (history fallback). The pages'
 * one inline script (the prerender's boot check) is allowed by its hash, not by allowing inline scripts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SpaPages {
  /** The HTML file, relative to the build folder, for a page address. */
  fileFor(path: string): string;
  /** CSP sources ('sha256-…') for the inline scripts of every page. */
  scriptHashes: string[];
}

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

function pageFiles(dir: string, root: string, depth = 0): string[] {
  if (depth > 3) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'assets')
      return pageFiles(join(dir, entry.name), root, depth + 1);
    return entry.isFile() && entry.name.endsWith('.html') ? [relative(root, join(dir, entry.name))] : [];
  });
}

export function readSpaPages(distDir: string): SpaPages {
  const files = existsSync(join(distDir, 'index.html')) ? pageFiles(distDir, distDir) : [];
  const byPath = new Map(
    files
      .filter((file) => file !== 'index.html')
      .map((file) => [
        `/${file
          .split(sep)
          .join('/')
          .replace(/\.html$/, '')}`,
        file,
      ]),
  );
  const hashes = new Set(
    files.flatMap((file) => inlineScriptHashes(readFileSync(join(distDir, file), 'utf8'))),
  );
  return {
    fileFor: (path) => byPath.get(path) ?? 'index.html',
    scriptHashes: [...hashes],
  };
}
