/**
 * Pure: a described deck in, the list of pptxgenjs calls (boxes, text runs, charts, pictures and
 * notes per slide) out. Every slide gets the same frame as in print: kicker, title, subtitle, a
 * warning when data is missing, and a footer with its sources (linked), the illustrative warning,
 * the filters, the export date and the slide number.
 */
import { formatDate } from '@/lib/format';
import type { PptxDeck, PptxSlide, PptxSource } from './deck-description';
import { pptxTheme as t } from './pptx-theme';
import { inks, linkRun, run, textItem, type Box, type Ink, type PlanItem } from './pptx-text';
import { bodyItems } from './to-pptx-body';

export type { PlanItem } from './pptx-text';

interface PlannedSlide {
  id: string;
  background: string;
  items: PlanItem[];
  notes: string;
}

export interface PptxPlan {
  title: string;
  subject: string;
  slides: PlannedSlide[];
}

const KICKER = 'TECH CORRIDOR · CHINA–PAKISTAN TECHNOLOGY COOPERATION';
const ILLUSTRATIVE_NOTE =
  '✳ Illustrative: figures marked ✳ are generated where no public breakdown exists. They add up to sourced totals but are not real.';

const left = t.margin;
const full = t.width - 2 * t.margin;
const dateOf = (asOf: string | null) => (asOf ? formatDate(asOf) : 'undated');

/** "Sources: ● World Bank WDI, 1 Jul 2025 · ≈ ProPakistani, 17 Jan 2022, 2 Jun 2022", dates linked. */
function footerRuns(sources: readonly PptxSource[], ink: Ink) {
  const runs = [run(sources.length > 1 ? 'Sources: ' : 'Source: ', { bold: true })];
  sources.forEach((source, i) => {
    runs.push(run(`${source.mark} `, { fontFace: t.symbolFont }), run(`${source.name}, `));
    source.items.forEach((item, j) => {
      if (j > 0) runs.push(run(', '));
      runs.push(linkRun(dateOf(item.asOf), item.url, ink));
    });
    if (i < sources.length - 1) runs.push(run('  ·  '));
  });
  return runs;
}

function frameItems(slide: PptxSlide, deck: PptxDeck, number: number, ink: Ink): PlanItem[] {
  const { band, size } = t;
  const title = slide.layout === 'title';
  const items: PlanItem[] = [];
  if (!title)
    items.push({
      kind: 'shape',
      shape: 'rect',
      options: {
        x: 0,
        y: 0,
        w: 0.14,
        h: t.height,
        fill: { color: t.colour.accent },
        line: { color: t.colour.accent, width: 0 },
      },
    });
  const shift = title ? 1.1 : 0;
  items.push(
    textItem(
      [run(KICKER)],
      { x: left, y: band.kicker + shift, w: full, h: 0.24 },
      { fontSize: size.kicker, bold: true, color: ink.kicker, charSpacing: 1 },
    ),
    textItem(
      [run(slide.title)],
      { x: left, y: band.title + shift, w: full, h: title ? 1.2 : 0.62 },
      {
        fontSize: title ? size.coverTitle : size.title,
        bold: true,
        color: ink.text,
        fit: 'shrink',
        valign: title ? 'bottom' : 'top',
      },
    ),
  );
  if (slide.subtitle)
    items.push(
      textItem(
        [run(slide.subtitle)],
        { x: left, y: band.subtitle + (title ? 1.65 : 0), w: full, h: 0.5 },
        { fontSize: title ? 20 : size.subtitle, color: ink.muted, fit: 'shrink' },
      ),
    );
  const footerItems: PlanItem[] = [
    {
      kind: 'shape',
      shape: 'line',
      options: { x: left, y: band.footer, w: full, h: 0, line: { color: ink.rule, width: 0.75 } },
    },
    textItem(
      slide.sources.length
        ? footerRuns(slide.sources, ink)
        : [run(slide.sourcesNote ?? 'No figures on this slide.')],
      { x: left, y: band.footer + 0.07, w: full, h: slide.illustrative ? 0.44 : 0.64 },
      { fontSize: size.footer, color: ink.muted, fit: 'shrink' },
    ),
  ];
  if (slide.illustrative)
    footerItems.push(
      textItem(
        [run(ILLUSTRATIVE_NOTE)],
        { x: left, y: band.footer + 0.53, w: full, h: 0.2 },
        { fontSize: size.footer, color: title ? ink.text : '8B2F6B', bold: true },
      ),
    );
  footerItems.push(
    textItem(
      [run(`Showing: ${deck.filtersLabel}`)],
      { x: left, y: band.bottom - 0.22, w: full - 3.2, h: 0.2 },
      { fontSize: size.footer, color: ink.muted, fit: 'shrink' },
    ),
    textItem(
      [run(`Exported ${formatDate(deck.exportDate)}   ·   ${number} / ${deck.slides.length}`)],
      { x: t.width - t.margin - 3.1, y: band.bottom - 0.22, w: 3.1, h: 0.2 },
      { fontSize: size.footer, color: ink.muted, align: 'right' },
    ),
  );
  return [...items, ...footerItems];
}

/** The warning box under the title; returns where the body may start. */
function missingItems(slide: PptxSlide, top: number): { items: PlanItem[]; top: number } {
  if (slide.missing.length === 0) return { items: [], top };
  return {
    items: [
      textItem(
        [
          run('⚠ ', { fontFace: t.symbolFont }),
          run('Data missing on this slide: ', { bold: true }),
          run(`${slide.missing.join('; ')}.`),
        ],
        { x: left, y: top, w: full, h: 0.5 },
        {
          fontSize: 13,
          color: t.colour.text,
          fill: { color: t.colour.warnFill },
          line: { color: t.colour.warnLine, width: 1 },
          margin: 6,
          valign: 'middle',
          fit: 'shrink',
        },
      ),
    ],
    top: top + 0.62,
  };
}

/** Speaker notes: the data's notes, the sources in full, then what the presenter typed. */
function notesText(slide: PptxSlide): string {
  const sources = slide.sources.map(
    (s) =>
      `${s.mark} ${s.name}: ${s.items.map((i) => `${dateOf(i.asOf)}${i.url ? ` ${i.url}` : ''}`).join(', ')}`,
  );
  return [
    ...(slide.missing.length ? [`DATA MISSING when exported: ${slide.missing.join('; ')}.`, ''] : []),
    ...slide.notes,
    ...(sources.length ? ['', 'Sources:', ...sources] : []),
    ...(slide.illustrative ? ['', ILLUSTRATIVE_NOTE] : []),
    ...(slide.presenterNotes.trim() ? ['', 'Presenter’s notes:', slide.presenterNotes.trim()] : []),
  ].join('\n');
}

function planSlide(slide: PptxSlide, deck: PptxDeck, number: number): PlannedSlide {
  const title = slide.layout === 'title';
  const ink = inks[title ? 'title' : 'content'];
  const missing = missingItems(slide, title ? t.band.body + 1.55 : t.band.body);
  const body: Box = { x: left, y: missing.top, w: full, h: t.band.footer - 0.18 - missing.top };
  const content = slide.body
    ? bodyItems(slide.body, body, ink)
    : [
        textItem([run('The figures for this slide did not load when the deck was exported.')], body, {
          fontSize: 18,
          color: ink.muted,
          align: 'center',
          valign: 'middle',
        }),
      ];
  return {
    id: slide.id,
    background: title ? t.colour.accent : t.colour.white,
    items: [...frameItems(slide, deck, number, ink), ...missing.items, ...content],
    notes: notesText(slide),
  };
}

export function toPptxPlan(deck: PptxDeck): PptxPlan {
  return {
    title: deck.title,
    subject: deck.subject,
    slides: deck.slides.map((slide, i) => planSlide(slide, deck, i + 1)),
  };
}
