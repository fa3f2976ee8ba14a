/**
 * A slide as a PNG, for pasting into someone else's deck. The slide is HTML (KPI cards) with SVG
 * inside (charts, map), so it is copied into an SVG <foreignObject> with every element's computed
 * style inlined (an SVG image sees no page stylesheets), drawn on a canvas, and encoded. An Urdu
 * slide carries the app's Nastaliq inside it (an SVG image loads no web font); Chinese keeps the
 * system's CJK faces, which an image can use.
 */
import { downloadBlob } from '@/lib/download';
import { svgToPng } from '@/lib/svg-export';
import { embeddedFontsFor } from '@/lib/urdu-font-embed';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/** Browser defaults per element kind, read in an empty frame; only differences are inlined. */
function defaultsReader() {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;left:-10000px;width:10px;height:10px;border:0;visibility:hidden';
  document.body.append(frame);
  const doc = frame.contentDocument;
  const cache = new Map<string, Map<string, string>>();
  const read = (element: Element): Map<string, string> => {
    const key = `${element.namespaceURI ?? ''}|${element.localName}`;
    const hit = cache.get(key);
    if (hit || !doc) return hit ?? new Map();
    const host = element.namespaceURI === SVG ? doc.createElementNS(SVG, 'svg') : doc.body;
    if (host !== doc.body) doc.body.append(host);
    const probe = doc.createElementNS(element.namespaceURI ?? XHTML, element.localName);
    host.append(probe);
    const style = frame.contentWindow?.getComputedStyle(probe);
    const values = new Map<string, string>();
    for (let i = 0; style && i < style.length; i += 1) {
      const prop = style.item(i);
      values.set(prop, style.getPropertyValue(prop));
    }
    probe.remove();
    cache.set(key, values);
    return values;
  };
  return { read, dispose: () => frame.remove() };
}

function inlineStyles(original: Element, copy: Element, defaults: Map<string, string>) {
  const style = getComputedStyle(original);
  const parts: string[] = [];
  for (let i = 0; i < style.length; i += 1) {
    const prop = style.item(i);
    if (prop.startsWith('--') || prop.startsWith('transition') || prop.startsWith('animation')) continue;
    const value = style.getPropertyValue(prop);
    if (value !== defaults.get(prop)) parts.push(`${prop}:${value.replaceAll('"', "'")}`);
  }
  copy.setAttribute('style', parts.join(';'));
  copy.removeAttribute('class');
}

/**
 * Serialises `node` (a slide, width × height CSS pixels) as a standalone SVG document, with `fonts`
 * (a <defs> of @font-face rules whose files are data: URLs) at its start.
 */
function slideToSvg(node: HTMLElement, width: number, height: number, fonts = ''): string {
  const clone = node.cloneNode(true) as HTMLElement;
  const reader = defaultsReader();
  try {
    const originals = [node, ...node.querySelectorAll('*')];
    const copies = [clone, ...clone.querySelectorAll('*')];
    originals.forEach((original, i) => {
      const copy = copies[i];
      if (copy) inlineStyles(original, copy, reader.read(original));
    });
  } finally {
    reader.dispose();
  }
  // The slide may be mid-transition or scaled on screen; the image shows it settled, at full size.
  clone.style.cssText += `;position:relative;inset:auto;left:0;top:0;margin:0;transform:none;opacity:1;visibility:visible;width:${width}px;height:${height}px`;
  clone.removeAttribute('inert');
  const body = new XMLSerializer().serializeToString(clone);
  return `<svg xmlns="${SVG}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${fonts}<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
}

/** The slide as an SVG document, its fonts inside it when it is in Urdu. */
export async function slideSvg(node: HTMLElement, width: number, height: number): Promise<string> {
  return slideToSvg(node, width, height, await embeddedFontsFor(node));
}

/**
 * Downloads the slide as a PNG at twice its size (2560×1440), sharp on a projector.
 * `data-capture` is set on the slide while it is copied, so capture-only parts (the export date) show
 * and screen-only ones (buttons) do not.
 */
export async function saveSlidePng(
  node: HTMLElement,
  filename: string,
  { width, height, scale = 2 }: { width: number; height: number; scale?: number },
): Promise<void> {
  node.dataset.capture = 'true';
  let svg: string;
  try {
    svg = await slideSvg(node, width, height);
  } finally {
    delete node.dataset.capture;
  }
  downloadBlob(`${filename}.png`, await svgToPng(svg, width, height, scale));
}
