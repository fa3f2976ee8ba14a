/**
 * The deck as a PowerPoint file: each slide's own description (its figures as text boxes, native
 * charts or a picture), framed with its footer sources, missing-data warning and notes (the data's
 * and the presenter's). The writer (pptxgenjs) is loaded only when asked for.
 */
import { provenanceLabels } from '@/components/provenance-badge';
import { blobToDataUrl, downloadBlob } from '@/lib/download';
import type { PptxBody, PptxDeck, PptxSlide } from '@/lib/pptx/deck-description';
import { hasKind } from '@/lib/sources';
import { svgToPng } from '@/lib/svg-export';
import { readStoredNote } from './notes-store';
import { slideToSvg } from './slide-png';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideSpec } from '@/components/slide-spec';
import { toFooterSources } from './to-footer-sources';

/** A slide that describes no body of its own goes in as a picture of its body, as on screen. */
async function pictureOf(node: HTMLElement, title: string): Promise<PptxBody | null> {
  const body = node.querySelector<HTMLElement>('.slide-body');
  if (!body) return null;
  const { width, height } = body.getBoundingClientRect();
  const w = Math.round(width || SLIDE_WIDTH);
  const h = Math.round(height || SLIDE_HEIGHT / 2);
  const png = await svgToPng(slideToSvg(body, w, h), w, h, 2);
  return {
    kind: 'image',
    image: { dataUrl: await blobToDataUrl(png), width: w * 2, height: h * 2, altText: title, legend: [] },
  };
}

function toPptxSlide(spec: SlideSpec, body: PptxBody | null): PptxSlide {
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle && { subtitle: spec.subtitle }),
    ...(spec.pptxLayout && { layout: spec.pptxLayout }),
    body,
    missing: (spec.missing ?? []).map((m) => `${m.what} (${m.reason.replace(/\.$/, '')})`),
    sources: toFooterSources(spec.sources).map((s) => ({
      name: s.name,
      mark: s.kinds.map((k) => provenanceLabels[k].mark).join(''),
      items: s.items,
    })),
    ...(spec.sourcesNote && { sourcesNote: spec.sourcesNote }),
    illustrative: spec.illustrative || hasKind(spec.sources, 'illustrative'),
    notes: spec.notes,
    presenterNotes: readStoredNote(spec.id),
  };
}

/** Builds and downloads the deck; `nodeOf` finds a slide's rendered element (for pictures). */
export async function downloadDeckPptx(
  slides: readonly SlideSpec[],
  nodeOf: (index: number) => HTMLElement | null,
  { filtersLabel, exportDate }: { filtersLabel: string; exportDate: string },
): Promise<string> {
  const described: PptxSlide[] = [];
  for (const [i, spec] of slides.entries()) {
    const node = nodeOf(i);
    const body = spec.pptx && node ? await spec.pptx(node) : node ? await pictureOf(node, spec.title) : null;
    described.push(toPptxSlide(spec, body));
  }
  const deck: PptxDeck = {
    title: 'Tech Corridor: China–Pakistan technology cooperation',
    subject: `Meeting pack. Showing: ${filtersLabel}`,
    filtersLabel,
    exportDate,
    slides: described,
  };
  const [{ toPptxPlan }, { writePptx, PPTX_TYPE }] = await Promise.all([
    import('@/lib/pptx/to-pptx-plan'),
    import('@/lib/pptx/write-pptx'),
  ]);
  const bytes = await writePptx(toPptxPlan(deck));
  const name = `tech-corridor-${exportDate}.pptx`;
  downloadBlob(name, new Blob([bytes as BlobPart], { type: PPTX_TYPE }));
  return name;
}
