/**
 * Pure: a described deck in, the list of pptxgenjs calls (boxes, text runs, charts, pictures and
 * notes per slide) out. Every slide gets the same frame as in print: kicker, title, subtitle, a
 * warning when data is missing, and a footer with its sources (linked), the illustrative warning,
 * the filters, the export date and the slide number.
 */
import type { PptxDeck, PptxSlide, PptxSource, PptxWords } from './deck-description';
import { inDirection } from './pptx-direction';
import { notesLines, notesPlainText, type NotesLine } from './pptx-notes';
import { pptxTheme as t } from './pptx-theme';
import { inks, linkRun, pptxLanguage, run, textItem, type Box, type Ink, type PlanItem } from './pptx-text';
import { bodyItems } from './to-pptx-body';

export type { PlanItem } from './pptx-text';

interface PlannedSlide {
  id: string;
  background: string;
  items: PlanItem[];
  /** The notes as plain text, and line by line with each run's language (pptx-notes.ts). */
  notes: string;
  notesLines: NotesLine[];
}

export interface PptxPlan {
  title: string;
  subject: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  slides: PlannedSlide[];
}

const left = t.margin;
const full = t.width - 2 * t.margin;
const dateOf = (words: PptxWords, asOf: string | null) => (asOf ? words.date(asOf) : words.undated);

/** "Sources: ● World Bank WDI, 1 Jul 2025 · ≈ ProPakistani, 17 Jan 2022, 2 Jun 2022", dates linked. */
function footerRuns(sources: readonly PptxSource[], ink: Ink, words: PptxWords) {
  const runs = [run(`${words.sourcesLabel(sources.length)} `, { bold: true })];
  sources.forEach((source, i) => {
    runs.push(
      run(`${source.mark} `, { fontFace: t.symbolFont }),
      run(`${source.name}, `, source.lang ? { lang: pptxLanguage(source.lang) } : {}),
    );
    source.items.forEach((item, j) => {
      if (j > 0) runs.push(run(', '));
      runs.push(linkRun(dateOf(words, item.asOf), item.url, ink));
    });
    if (i < sources.length - 1) runs.push(run('  ·  '));
  });
  return runs;
}

function frameItems(slide: PptxSlide, deck: PptxDeck, number: number, ink: Ink): PlanItem[] {
  const { band, size } = t;
  const { words } = deck;
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
      [run(words.kicker)],
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
        // On the cover a gap under the title leaves room for descenders (Nastaliq runs deep).
        { x: left, y: band.subtitle + (title ? 1.75 : 0), w: full, h: title ? 0.42 : 0.5 },
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
        ? footerRuns(slide.sources, ink, words)
        : [run(slide.sourcesNote ?? words.noFigures)],
      { x: left, y: band.footer + 0.07, w: full, h: slide.illustrative ? 0.44 : 0.64 },
      { fontSize: size.footer, color: ink.muted, fit: 'shrink' },
    ),
  ];
  if (slide.illustrative)
    footerItems.push(
      textItem(
        [run(words.illustrative)],
        { x: left, y: band.footer + 0.53, w: full, h: 0.2 },
        { fontSize: size.footer, color: title ? ink.text : '8B2F6B', bold: true },
      ),
    );
  footerItems.push(
    textItem(
      [run(words.showing)],
      { x: left, y: band.bottom - 0.22, w: full - 3.2, h: 0.2 },
      { fontSize: size.footer, color: ink.muted, fit: 'shrink' },
    ),
    textItem(
      [run(`${words.exported}   ·   ${number} / ${deck.slides.length}`)],
      { x: t.width - t.margin - 3.1, y: band.bottom - 0.22, w: 3.1, h: 0.2 },
      { fontSize: size.footer, color: ink.muted, align: 'right' },
    ),
  );
  return [...items, ...footerItems];
}

/** The warning box under the title; returns where the body may start. */
function missingItems(slide: PptxSlide, top: number, words: PptxWords): { items: PlanItem[]; top: number } {
  if (slide.missing.length === 0) return { items: [], top };
  return {
    items: [
      textItem(
        [
          run('⚠ ', { fontFace: t.symbolFont }),
          ...words.missing(slide.missing.join('; ')).map((part) => run(part.text, { bold: part.bold })),
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

function planSlide(slide: PptxSlide, deck: PptxDeck, number: number): PlannedSlide {
  const title = slide.layout === 'title';
  const ink = inks[title ? 'title' : 'content'];
  const missing = missingItems(slide, title ? t.band.body + 1.55 : t.band.body, deck.words);
  const body: Box = { x: left, y: missing.top, w: full, h: t.band.footer - 0.18 - missing.top };
  const content = slide.body
    ? bodyItems(slide.body, body, ink)
    : [
        textItem([run(deck.words.notLoaded)], body, {
          fontSize: 18,
          color: ink.muted,
          align: 'center',
          valign: 'middle',
        }),
      ];
  const lines = notesLines(slide, deck.words);
  return {
    id: slide.id,
    background: title ? t.colour.accent : t.colour.white,
    items: inDirection(deck, [...frameItems(slide, deck, number, ink), ...missing.items, ...content]),
    notes: notesPlainText(lines),
    notesLines: lines,
  };
}

export function toPptxPlan(deck: PptxDeck): PptxPlan {
  return {
    title: deck.title,
    subject: deck.subject,
    lang: deck.lang,
    dir: deck.dir,
    slides: deck.slides.map((slide, i) => planSlide(slide, deck, i + 1)),
  };
}
