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

// Arabic-script letters as Urdu text uses them (the font's own unicode-range, less the joiners).
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

const inUrdu = (node: Element) => {
  const lang = node.closest('[lang]')?.getAttribute('lang') ?? '';
  return lang === 'ur' || lang.startsWith('ur-');
};

const fontDefs = async () => `<defs><style><![CDATA[${await embeddedUrduFontCss()}]]></style></defs>`;

/**
 * For an SVG about to be drawn as an image: a <defs> holding the Urdu font faces when `node` is in
 * Urdu, else nothing (Chinese and English use system faces, which an image can load).
 */
export async function embeddedFontsFor(node: Element): Promise<string> {
  return inUrdu(node) ? fontDefs() : '';
}

/**
 * An SVG file or image with the Urdu faces inside it when it holds Urdu text (or is drawn from an
 * Urdu page): opened where Noto Nastaliq Urdu is not installed it still reads in Nastaliq. The
 * fonts add some 360 KB, so English and Chinese markup comes back as it is.
 */
export async function withEmbeddedFonts(markup: string, node: Element): Promise<string> {
  if (!inUrdu(node) && !ARABIC_SCRIPT.test(markup)) return markup;
  const fonts = await fontDefs();
  return markup.replace(/^(<svg[^>]*>)/, `$1${fonts}`);
}
