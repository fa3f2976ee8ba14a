/**
 * Noto Nastaliq Urdu, self-hosted (src/assets/fonts, SIL OFL 1.1), Arabic-script subset only:
 * the @font-face rule is added to the document the first time Urdu is shown, so no other language
 * downloads it and it is not in the first-load CSS. Latin text inside Urdu keeps the system face
 * (unicode-range), and Nastaliq's tall ascenders get room from the `:lang(ur)` rules in global.css.
 */
import bold from '@/assets/fonts/noto-nastaliq-urdu-arabic-700.woff2?url';
import regular from '@/assets/fonts/noto-nastaliq-urdu-arabic-400.woff2?url';

const URDU_FONT_FAMILY = 'Noto Nastaliq Urdu';
const STYLE_ID = 'urdu-font-face';
// The Arabic-script ranges Urdu text uses (letters, digits, punctuation, joiners, presentation forms).
const RANGE = 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200F, U+2010-2011, U+FB50-FDFF, U+FE70-FEFF';

/** The files as the app serves them; urdu-font-embed.ts reads them into a picture's own styles. */
export const urduFontFiles = { regular, bold };

export function urduFontFaceCss(urls: { regular: string; bold: string } = urduFontFiles): string {
  return [
    [400, urls.regular],
    [700, urls.bold],
  ]
    .map(
      ([weight, url]) =>
        `@font-face{font-family:'${URDU_FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
        `font-display:swap;src:url(${url}) format('woff2');unicode-range:${RANGE};}`,
    )
    .join('\n');
}

/** Adds the font faces once; the browser fetches a file only when Urdu text needs it. */
export function ensureUrduFont(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = urduFontFaceCss();
  doc.head.append(style);
}
