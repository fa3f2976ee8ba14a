/**
 * Text for exported chart images, set without a layout engine: how wide a line is (measured in
 * the browser, estimated per script elsewhere), greedy wrapping to a width, and how tall a line
 * needs to be in each script (Nastaliq's stacked letters need about twice Latin's).
 */

/** How wide `text` is drawn at `size` px and `weight`, in px. */
export type MeasureText = (text: string, size: number, weight: number) => number;

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u;
const LATIN = /[\p{Script=Latin}\p{N}$%.,]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/**
 * Without a canvas (tests, the server): Han and full-width forms take a whole em, Nastaliq about
 * two thirds of one, Latin a little over half.
 */
export const estimateText: MeasureText = (text, size) =>
  Array.from(text).reduce((width, c) => width + size * (WIDE.test(c) ? 1 : ARABIC.test(c) ? 0.66 : 0.56), 0);

/** Lines of text in Urdu's Nastaliq (or any Arabic script) need about twice Latin's height. */
export const isTallScript = (text: string) => ARABIC.test(text);

/** Line height and the first baseline's drop below the top of a block, for the text at `size`. */
export function lineMetrics(size: number, tall: boolean): { lineHeight: number; ascent: number } {
  return tall
    ? { lineHeight: Math.round(size * 2.1), ascent: Math.round(size * 1.45) }
    : { lineHeight: Math.round(size * 1.35), ascent: size };
}

/**
 * Greedy word wrap to a pixel width, by measured width; a word longer than a line (a URL, or a
 * Chinese title, which has no spaces) is cut between characters.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  measure: MeasureText = estimateText,
  weight = 400,
): string[] {
  const fits = (s: string) => measure(s, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const c of Array.from(word)) {
      if (line && !fits(line + c)) {
        // Never between two letters or digits of a Latin word or figure ("2024", "US$12.3"), if avoidable.
        const chars = Array.from(line);
        let cut = chars.length;
        while (cut > 1 && LATIN.test(chars[cut - 1]!) && LATIN.test(chars[cut] ?? c)) cut -= 1;
        if (cut <= 1) cut = chars.length;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('') + c;
      } else line += c;
    }
  }
  if (line) lines.push(line);
  return lines;
}
