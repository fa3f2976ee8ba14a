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
}

export interface ChartMarkup {
  markup: string;
  width: number;
  height: number;
}

const PAD = 20;
const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Rough width of text in a proportional sans-serif; enough to wrap lines and lay out legends. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/** Greedy word wrap to a pixel width; words longer than a line (URLs) are cut. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
      line = '';
    }
    const candidate = line ? `${line} ${rest}` : rest;
    if (candidate.length > maxChars) {
      lines.push(line);
      line = rest;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  svg: string;
  height: number;
}

function textBlock(lines: readonly string[], y: number, size: number, colour: string, weight = 400): Block {
  const lineHeight = Math.round(size * 1.35);
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + size + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: lines.length * lineHeight };
}

function legendBlock(items: readonly ExportLegendItem[], y: number, width: number, colour: string): Block {
  const size = 13;
  const rowHeight = 22;
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 14 + 6 + textWidth(item.label, size) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row += 1;
    }
    const top = y + row * rowHeight;
    parts.push(
      item.line
        ? `<line x1="${x}" x2="${x + 14}" y1="${top + 10}" y2="${top + 10}" stroke="${escapeXml(item.fill)}" stroke-width="3"${item.line === 'dashed' ? ' stroke-dasharray="4 2"' : ''}/>`
        : `<rect x="${x}" y="${top + 3}" width="14" height="14" fill="${escapeXml(item.fill)}" stroke="${colour}" stroke-opacity="0.5"/>`,
      `<text x="${x + 20}" y="${top + 15}" font-size="${size}" fill="${colour}">${escapeXml(item.label)}</text>`,
    );
    x = Math.round(x + w);
  }
  return { svg: parts.join(''), height: items.length ? (row + 1) * rowHeight + 6 : 0 };
}

/** Pure: the standalone SVG document for a chart and its context. */
export function composeExportSvg(chart: ChartMarkup, meta: ExportMeta, theme: ExportTheme): ChartMarkup {
  const width = Math.max(480, Math.round(chart.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const add = (block: Block, gap = 6) => {
    parts.push(block.svg);
    y += block.height + (block.height ? gap : 0);
  };
  add(textBlock(wrapText(meta.title, inner, 20), y, 20, theme.text, 700), 2);
  if (meta.subtitle) add(textBlock(wrapText(meta.subtitle, inner, 14), y, 14, theme.muted), 10);
  if (meta.legend?.length) add(legendBlock(meta.legend, y, width, theme.text), 4);
  const chartY = y;
  y += chart.height + 10;
  for (const note of meta.notes ?? []) add(textBlock(wrapText(note, inner, 12), y, 12, theme.text), 2);
  if (meta.notes?.length) y += 6;
  for (const line of meta.sourceLines) add(textBlock(wrapText(line, inner, 12), y, 12, theme.muted), 2);
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
