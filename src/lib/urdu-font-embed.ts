/**
 * An SVG drawn as an image (what a PNG export rasterises) loads nothing from outside itself: no
 * page stylesheet, no web font. Urdu then falls back to whatever Nastaliq the system has, or none.
 * This reads the app's own subset Noto Nastaliq Urdu files (already in the browser's cache once
 * Urdu is shown) into data: URLs, so the @font-face can travel inside the SVG.
 */
import { blobToDataUrl } from './download';
import { urduFontFaceCss, urduFontFiles } from './urdu-font';

let embedded: Promise<string> | null = null;

async function asDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The Urdu font could not be read (HTTP ${response.status}).`);
  // Served as application/octet-stream by some servers; the data: URL names it for what it is.
  return blobToDataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
}

/** The Urdu @font-face rules with the font files inside them; read once per page. */
function embeddedUrduFontCss(): Promise<string> {
  embedded ??= Promise.all([asDataUrl(urduFontFiles.regular), asDataUrl(urduFontFiles.bold)]).then(
    ([regular, bold]) => urduFontFaceCss({ regular, bold }),
    (error: unknown) => {
      embedded = null;
      throw error;
    },
  );
  return embedded;
}

/**
 * For an SVG about to be drawn as an image: a <defs> holding the Urdu font faces when `node` is in
 * Urdu, else nothing (Chinese and English use system faces, which an image can load).
 */
export async function embeddedFontsFor(node: Element): Promise<string> {
  const lang = node.closest('[lang]')?.getAttribute('lang') ?? '';
  if (lang !== 'ur' && !lang.startsWith('ur-')) return '';
  return `<defs><style><![CDATA[${await embeddedUrduFontCss()}]]></style></defs>`;
}
