/**
 * The map as drawn on a slide, as a PNG for the PowerPoint export: its SVG with computed styles
 * inlined (lib/svg-export), on the map's own background, at three times its size so it stays sharp
 * on a projector and when a viewer enlarges it.
 */
import { blobToDataUrl } from '@/lib/download';
import { inlineChartSvg, resolveTheme, svgToPng } from '@/lib/svg-export';

export interface MapPicture {
  dataUrl: string;
  width: number;
  height: number;
}

export async function mapPicture(container: HTMLElement, scale = 3): Promise<MapPicture | null> {
  const svg = container.querySelector<SVGSVGElement>('svg[data-map]');
  if (!svg) return null;
  // Slides off screen are visibility: hidden, which the inlined styles would copy: show it while copying.
  const saved = container.style.cssText;
  container.style.transition = 'none';
  container.style.visibility = 'visible';
  let inlined: ReturnType<typeof inlineChartSvg>;
  try {
    inlined = inlineChartSvg(svg);
  } finally {
    container.style.cssText = saved;
  }
  const { markup, width, height } = inlined;
  const background = resolveTheme(svg).background;
  const framed = markup.replace(
    /^<svg\b[^>]*>/,
    (open) => `${open}<rect width="100%" height="100%" fill="${background}"/>`,
  );
  const png = await svgToPng(framed, width, height, scale);
  return { dataUrl: await blobToDataUrl(png), width: width * scale, height: height * scale };
}
