// Prerendered first screens. Each page's HTML carries the page as React first draws it in English:
// header, heading, lede and the panels' loading states, never a figure (the API is held unanswered
// while the page is captured). On a slow phone the largest text (the lede, Lighthouse's LCP) then
// paints with the HTML, not after ~100 KB of JavaScript; React replaces it with the same page.
//
// The copy is inert (no clicks, no focus, hidden from screen readers) and shown only where it is
// right: the address it was made for, no query string (filters, theme and language change the page)
// and a browser that will get English. BOOT_SCRIPT decides before the first paint; main.tsx then loads
// the page's chunk before React's first render, so React draws the same page it replaces.
/* global document, MutationObserver -- the page.evaluate bodies below run in the page */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** The pages with a prerendered first screen (the deck and the notes window have none). */
export const PRERENDERED_PATHS = [
  '/',
  '/charts/demographics',
  '/charts/companies',
  '/charts/investment',
  '/map',
  '/explore',
];

/**
 * Runs in <head> before the first paint (the data service's CSP allows it by its hash): marks the page
 * with its path when the prerendered English copy applies. The language is picked as lib/language.ts
 * `pickLanguage` does (first preferred tag that is English, Urdu or Simplified Chinese; else English).
 */
export const BOOT_SCRIPT =
  "(function(){try{if(location.search)return;var n=navigator,l=n.languages&&n.languages.length?n.languages:[n.language];for(var i=0;i<l.length;i++){var x;try{x=new Intl.Locale(l[i]).maximize()}catch(e){continue}if(x.language==='en')break;if(x.language==='ur'||(x.language==='zh'&&x.script==='Hans'))return}document.documentElement.dataset.prerender=location.pathname}catch(e){}})()";

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** The build, with every API request (and MSW's worker script) held unanswered: panels stay loading. */
function serveHeld(outDir, template) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/') || path === '/mockServiceWorker.js') return;
    const file = normalize(join(outDir, path));
    if (file.startsWith(outDir) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return void createReadStream(file).pipe(response);
    }
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(template);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Waits until the page has its heading and its DOM has held still for a while (its chunks all in),
 * well before the held requests time out and the panels would show errors.
 */
async function capture(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const settled = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let changed = performance.now();
        const observer = new MutationObserver(() => (changed = performance.now()));
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const check = setInterval(() => {
          const now = performance.now();
          if (now > 20_000) resolve(false);
          else if (!document.querySelector('#root h1') || now - changed < 600) return;
          else resolve(true);
          clearInterval(check);
          observer.disconnect();
        }, 100);
      }),
  );
  if (!settled) throw new Error(`[prerender] ${url} did not settle with a heading`);
  // A panel that gave up waiting (the 3 s request timeout on a very busy machine) is no first screen.
  if (await page.locator('#root [role="alert"]').count())
    throw new Error(`[prerender] ${url} shows an error: the held requests timed out before it settled`);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    html: document.getElementById('root')?.innerHTML ?? '',
    // Vite adds a lazy chunk's stylesheet with an absolute address: keep the path.
    styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
  }));
}

/** One attempt in a fresh tab (a busy machine now and then loses one: the caller tries twice). */
async function captureOnce(context, url) {
  const page = await context.newPage();
  try {
    return await capture(page, url);
  } finally {
    await page.close();
  }
}

/** The page's HTML: the template with the copy in #root, its stylesheets linked, the boot script. */
export function pageHtml(template, path, { html, styles }) {
  const links = styles
    .filter((href) => href && !template.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">`)
    .join('');
  const css = `[data-prerendered]{display:contents}html:not([data-prerender="${path}"]) [data-prerendered]{display:none}`;
  const head = `${links}<style>${css}</style><script>${BOOT_SCRIPT}</script></head>`;
  // inert: nothing can be pressed or focused before it works; aria-hidden as well, for tools that
  // read roles without knowing inert (Playwright's role queries among them).
  const root = `<div id="root"><div data-prerendered="${path}" inert aria-hidden="true">${html}</div></div>`;
  if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root');
  return template.replace('</head>', head).replace('<div id="root"></div>', root);
}

export async function prerender(
  outDir,
  { executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium' } = {},
) {
  if (!existsSync(executablePath)) {
    console.warn(`[prerender] no Chromium at ${executablePath}: pages keep an empty first screen`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const server = await serveHeld(outDir, template);
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US' });
    const base = `http://127.0.0.1:${server.address().port}`;
    // An API on another origin (VITE_API_BASE_URL may name one) is held unanswered too.
    await context.route(
      (url) => url.origin !== base,
      () => undefined,
    );
    for (const path of PRERENDERED_PATHS) {
      const shot = await captureOnce(context, base + path).catch(() => captureOnce(context, base + path));
      if (shot.lang !== 'en') throw new Error(`[prerender] ${path} rendered in "${shot.lang}", not English`);
      // map.html for /map: what `vite preview` and most static hosts serve for a clean address.
      const file = join(outDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, pageHtml(template, path, shot));
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
