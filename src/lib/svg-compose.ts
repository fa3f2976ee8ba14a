/**
 * The pure half of chart image export: lays a chart's SVG markup out with its title, subtitle,
 * legend, notes and source lines as one standalone SVG document. No DOM needed, so it is unit-tested.
 */
interface ExportLegendItem {
  label: string;
  /** A colour, or url(#id) of a pattern defined inside the chart's own <defs>. */
  fill: string;
  /** Line series are keyed by a line, not a filled square. */
  line?: 'solid' | 'dashed';
}

export interface ExportMeta {
  title: string;
  /** Right to left (Urdu): every line is set from the right margin, the legend runs leftwards. */
  dir?: 'ltr' | 'rtl';
  subtitle?: string;
  legend?: readonly ExportLegendItem[];
  /** Lines under the chart, e.g. the key to numbered event markers. */
  notes?: readonly string[];
  sourceLines: readonly string[];
}

export interface ExportTheme {
  background: string;
  text: string;
  muted: string;
  font: string;
  /** How wide text is drawn in `font` (a canvas in the browser); estimated per script without. */
  measure?: MeasureText;
}

export interface ChartMarkup {
  markup: string;
  width: number;
  height: number;
}

import { estimateText, isTallScript, lineMetrics, wrapText, type MeasureText } from './svg-text';

export { wrapText } from './svg-text';

const PAD = 20;
const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

interface Block {
  svg: string;
  height: number;
}

/**
 * Where lines start and how they run: from the left, or from the right margin right to left. In a
 * right-to-left text, "start" is its right end (SVG 2; Chromium, Firefox and resvg agree).
 */
interface Frame {
  width: number;
  rtl: boolean;
  measure: MeasureText;
}

/** A right-to-left line with no Urdu in it (a wrapped URL) stays left to right, set from the right. */
const anchorOf = ({ width, rtl }: Frame, line: string) =>
  !rtl
    ? `x="${PAD}"`
    : isTallScript(line)
      ? `x="${width - PAD}" text-anchor="start" direction="rtl"`
      : `x="${width - PAD}" text-anchor="end"`;

/**
 * Wrapped lines of one text, each on its own baseline; the block is as tall as the lines it used,
 * so what follows moves down (Nastaliq's lines are about twice as tall as Latin's).
 */
function textBlock(text: string, y: number, size: number, colour: string, frame: Frame, weight = 400): Block {
  const lines = wrapText(text, frame.width - 2 * PAD, size, frame.measure, weight);
  const { lineHeight, ascent } = lineMetrics(size, isTallScript(text));
  const svg = lines
    .map(
      (line, i) =>
        `<text ${anchorOf(frame, line)} y="${y + ascent + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: lines.length * lineHeight };
}

function legendBlock(items: readonly ExportLegendItem[], y: number, colour: string, frame: Frame): Block {
  const size = 13;
  const rowHeight = items.some((i) => isTallScript(i.label)) ? 30 : 22;
  const { width, rtl } = frame;
  // Laid out from the left, then mirrored for right to left: swatch first in reading order.
  const at = (x: number, w: number) => (rtl ? width - x - w : x);
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const label = frame.measure(item.label, size, 400);
    const w = 14 + 6 + label + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row += 1;
    }
    const top = y + row * rowHeight;
    const swatch = at(x, 14);
    const middle = top + rowHeight / 2;
    parts.push(
      item.line
        ? `<line x1="${swatch}" x2="${swatch + 14}" y1="${middle}" y2="${middle}" stroke="${escapeXml(item.fill)}" stroke-width="3"${item.line === 'dashed' ? ' stroke-dasharray="4 2"' : ''}/>`
        : `<rect x="${swatch}" y="${middle - 7}" width="14" height="14" fill="${escapeXml(item.fill)}" stroke="${colour}" stroke-opacity="0.5"/>`,
      `<text x="${rtl ? at(x + 20, 0) : x + 20}" y="${middle + 5}"${rtl ? ' text-anchor="start" direction="rtl"' : ''} font-size="${size}" fill="${colour}">${escapeXml(item.label)}</text>`,
    );
    x = Math.round(x + w);
  }
  return { svg: parts.join(''), height: items.length ? (row + 1) * rowHeight + 6 : 0 };
}

/** Pure: the standalone SVG document for a chart and its context. */
export function composeExportSvg(chart: ChartMarkup, meta: ExportMeta, theme: ExportTheme): ChartMarkup {
  const width = Math.max(480, Math.round(chart.width) + 2 * PAD);
  const frame: Frame = { width, rtl: meta.dir === 'rtl', measure: theme.measure ?? estimateText };
  const parts: string[] = [];
  let y = PAD;
  const add = (block: Block, gap = 6) => {
    parts.push(block.svg);
    y += block.height + (block.height ? gap : 0);
  };
  add(textBlock(meta.title, y, 20, theme.text, frame, 700), 2);
  if (meta.subtitle) add(textBlock(meta.subtitle, y, 14, theme.muted, frame), 10);
  if (meta.legend?.length) add(legendBlock(meta.legend, y, theme.text, frame), 4);
  const chartY = y;
  y += chart.height + 10;
  for (const note of meta.notes ?? []) add(textBlock(note, y, 12, theme.text, frame), 2);
  if (meta.notes?.length) y += 6;
  for (const line of meta.sourceLines) add(textBlock(line, y, 12, theme.muted, frame), 2);
  const height = Math.round(y + PAD);
  // The chart's own size and position attributes give way to its place in the composition.
  const nested = chart.markup.replace(
    /^<svg\b([^>]*)>/,
    (_, attrs: string) =>
      `<svg x="${PAD}" y="${chartY}" width="${chart.width}" height="${chart.height}"${attrs.replace(/\s(?:x|y|width|height)="[^"]*"/g, '')}>`,
  );
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(theme.font)}">` +
    `<title>${escapeXml(meta.title)}</title>` +
    `<rect width="100%" height="100%" fill="${theme.background}"/>` +
    parts.join('') +
    nested +
    `</svg>`;
  return { markup, width, height };
}
