/**
 * Chart images that keep their context: a chart's <svg> is copied with its computed styles
 * inlined (CSS variables and themes resolve to plain colours, so the file looks the same anywhere),
 * then framed with its title, subtitle, legend, notes and source lines drawn in as SVG text.
 * Used by the chart frame and presenter mode; nothing here knows about Recharts.
 */
import { downloadBlob } from './download';
import { composeExportSvg, type ChartMarkup, type ExportMeta, type ExportTheme } from './svg-compose';
import { withEmbeddedFonts } from './urdu-font-embed';

export type { ChartMarkup, ExportMeta, ExportTheme } from './svg-compose';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Computed paint values may come back as url("http://host/page#id"); inside a file only #id resolves. */
const localUrl = (value: string) => value.replace(/url\((['"]?)[^#)'"]*#([^)'"]+)\1\)/g, 'url(#$2)');

/** DOM: a copy of the chart's <svg> whose every element carries its computed paint and text styles. */
export function inlineChartSvg(svg: SVGSVGElement): ChartMarkup {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      copy.setAttribute('visibility', 'hidden');
      return;
    }
    const inline = STYLE_PROPS.map((prop) => [prop, style.getPropertyValue(prop)] as const)
      .filter(([, value]) => value !== '')
      .map(([prop, value]) => `${prop}:${localUrl(value)}`)
      .join(';');
    if (inline) copy.setAttribute('style', inline);
    // Interaction hooks mean nothing in a file.
    for (const attr of ['tabindex', 'role', 'class', 'focusable']) copy.removeAttribute(attr);
  });
  const box = svg.getBoundingClientRect();
  const width = box.width || Number(svg.getAttribute('width')) || 640;
  const height = box.height || Number(svg.getAttribute('height')) || 360;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Resolves CSS colours (custom properties, light-dark()) as the element would paint them. */
export function resolveColours(from: Element, colours: readonly string[]): string[] {
  const probe = document.createElement('span');
  from.append(probe);
  const resolved = colours.map((colour) => {
    probe.style.color = '';
    probe.style.color = colour;
    return getComputedStyle(probe).color || colour;
  });
  probe.remove();
  return resolved;
}

/** Text widths as the browser draws them in `font`: wrapping by them keeps lines inside the image. */
function canvasMeasure(font: string): ExportTheme['measure'] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, size, weight) => {
    context.font = `${weight} ${size}px ${font}`;
    return context.measureText(text).width;
  };
}

export function resolveTheme(from: Element): ExportTheme {
  const [background = '#ffffff', text = '#17201c', muted = '#4d5a54'] = resolveColours(from, [
    'var(--surface, #ffffff)',
    'var(--text, #17201c)',
    'var(--text-muted, #4d5a54)',
  ]);
  const font = getComputedStyle(from).fontFamily || 'system-ui, sans-serif';
  return { background, text, muted, font, measure: canvasMeasure(font) };
}

/**
 * Rasterises SVG markup to a PNG at `scale`. A data: URL rather than a blob: URL, because some
 * browsers taint the canvas for blob SVGs that hold a foreignObject (the presenter's slide images).
 */
export function svgToPng(markup: string, width: number, height: number, scale: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('This browser cannot draw the image.'));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('The image could not be drawn.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

export interface ExportOptions {
  format: 'svg' | 'png';
  /** Without extension. */
  filename: string;
  /** The element whose theme (light or dark) the image takes; defaults to the SVG. */
  themeFrom?: Element;
  /** PNG pixel density; 2 stays sharp on slides and high-density screens. */
  scale?: number;
}

export async function exportChartImage(
  svg: SVGSVGElement,
  meta: ExportMeta,
  options: ExportOptions,
): Promise<void> {
  const composed = composeExportSvg(inlineChartSvg(svg), meta, resolveTheme(options.themeFrom ?? svg));
  // An image loads no web font, and the file may be opened where Nastaliq is not installed: an
  // Urdu chart carries its font inside (urdu-font-embed.ts).
  const markup = await withEmbeddedFonts(composed.markup, svg);
  if (options.format === 'svg') {
    downloadBlob(`${options.filename}.svg`, new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
    return;
  }
  downloadBlob(
    `${options.filename}.png`,
    await svgToPng(markup, composed.width, composed.height, options.scale ?? 2),
  );
}
