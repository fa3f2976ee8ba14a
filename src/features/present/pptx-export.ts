/**
 * The deck as a PowerPoint file: each slide's own description (its figures as text boxes, native
 * charts or a picture), framed with its footer sources, missing-data warning and notes (the data's
 * and the presenter's). The writer (pptxgenjs) is loaded only when asked for.
 */
import { provenanceLabels } from '@/components/provenance-badge';
import { blobToDataUrl, downloadBlob } from '@/lib/download';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { PptxBody, PptxDeck, PptxSlide, PptxWords } from '@/lib/pptx/deck-description';
import { hasKind } from '@/lib/sources';
import { svgToPng } from '@/lib/svg-export';
import { deckTitle } from './cover-slide';
import { readStoredNote } from './notes-store';
import { frameMessages, missingList } from './slide-frame-messages';
import { slideSvg } from './slide-png';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideSpec } from '@/components/slide-spec';
import { toFooterSources } from './to-footer-sources';

const messages = defineMessages({
  subject: {
    id: 'present.pptx.subject',
    defaultMessage: 'Meeting pack. Showing: {filters}',
    description: 'The PowerPoint file’s subject (File › Properties); filters is the filters label.',
  },
  notLoaded: {
    id: 'present.pptx.not-loaded',
    defaultMessage: 'The figures for this slide did not load when the deck was exported.',
    description: 'Body of an exported slide whose data failed.',
  },
  notesMissing: {
    id: 'present.pptx.notes-missing',
    defaultMessage: 'DATA MISSING when exported: {items}.',
    description: 'First line of an exported slide’s notes when its data failed; loud on purpose.',
  },
  notesSources: {
    id: 'present.pptx.notes-sources',
    defaultMessage: 'Sources:',
    description: 'Heading in an exported slide’s notes, over the full list of its sources.',
  },
  notesPresenter: {
    id: 'present.pptx.notes-presenter',
    defaultMessage: 'Presenter’s notes:',
    description: 'Heading in an exported slide’s notes, over what the presenter typed.',
  },
});

/** The language tag written on the file's text: the region the deck is made for. */
export const fileLang = { en: 'en-GB', 'en-XA': 'en-GB', 'zh-Hans': 'zh-CN', ur: 'ur-PK' } as const;

/** The frame's words in the deck's language (lib/pptx knows no language of its own). */
export function pptxWords(t: Locale, filtersLabel: string, exportDate: string): PptxWords {
  return {
    kicker: t.format(frameMessages.kicker).toLocaleUpperCase(fileLang[t.lang]),
    illustrative: `✳ ${t.format(frameMessages.illustrative)}`,
    noFigures: t.format(frameMessages.noFigures),
    sourcesLabel: (count) => t.format(frameMessages.sources, { count }),
    undated: t.format(frameMessages.undated),
    showing: t.format(frameMessages.showing, { filters: filtersLabel }),
    exported: t.format(frameMessages.exported, { date: t.date(exportDate) }),
    missing: (items) =>
      t
        .formatRich<{ bold: string }>(frameMessages.missing, {
          b: (chunks) => ({ bold: chunks.join('') }),
          items,
        })
        .map((part) =>
          typeof part === 'string' ? { text: part, bold: false } : { text: part.bold, bold: true },
        ),
    notLoaded: t.format(messages.notLoaded),
    notesMissing: (items) => t.format(messages.notesMissing, { items }),
    notesSources: t.format(messages.notesSources),
    notesPresenter: t.format(messages.notesPresenter),
    date: (iso) => t.date(iso),
  };
}

/** A slide that describes no body of its own goes in as a picture of its body, as on screen. */
async function pictureOf(node: HTMLElement, title: string): Promise<PptxBody | null> {
  const body = node.querySelector<HTMLElement>('[data-slide-body]');
  if (!body) return null;
  const { width, height } = body.getBoundingClientRect();
  const w = Math.round(width || SLIDE_WIDTH);
  const h = Math.round(height || SLIDE_HEIGHT / 2);
  const png = await svgToPng(await slideSvg(body, w, h), w, h, 2);
  return {
    kind: 'image',
    image: { dataUrl: await blobToDataUrl(png), width: w * 2, height: h * 2, altText: title, legend: [] },
  };
}

function toPptxSlide(t: Locale, spec: SlideSpec, body: PptxBody | null): PptxSlide {
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle && { subtitle: spec.subtitle }),
    ...(spec.pptxLayout && { layout: spec.pptxLayout }),
    body,
    missing: (spec.missing ?? []).map((m) => missingList(t, [m])),
    // Publications keep their own names, marked English in a deck that is not (as on screen).
    sources: toFooterSources(spec.sources).map((s) => ({
      name: s.name,
      ...(t.lang !== 'en' && { lang: 'en' }),
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
  t: Locale,
  slides: readonly SlideSpec[],
  nodeOf: (index: number) => HTMLElement | null,
  { filtersLabel, exportDate }: { filtersLabel: string; exportDate: string },
): Promise<string> {
  const described: PptxSlide[] = [];
  for (const [i, spec] of slides.entries()) {
    const node = nodeOf(i);
    const body = spec.pptx && node ? await spec.pptx(node) : node ? await pictureOf(node, spec.title) : null;
    described.push(toPptxSlide(t, spec, body));
  }
  const deck: PptxDeck = {
    title: `Tech Corridor: ${deckTitle(t)}`,
    subject: t.format(messages.subject, { filters: filtersLabel }),
    lang: fileLang[t.lang],
    dir: t.dir,
    words: pptxWords(t, filtersLabel, exportDate),
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
