/**
 * Pure: a slide's planned items in the deck's language and direction. Every text run carries the
 * language (PowerPoint picks spelling, fonts and voices by it). Right to left (Urdu), paragraphs
 * are set RTL, start-aligned text goes to the right, and the layout is mirrored: the accent edge,
 * the KPI cards' order, the legend beside a picture. Charts keep their time axis running left to
 * right, with the value axis moved to the right, as on screen (docs/i18n.md, "Right-to-left plan").
 */
import type PptxGenJS from 'pptxgenjs';
import { pptxTheme } from './pptx-theme';
import type { PlanItem } from './pptx-text';

type Align = PptxGenJS.TextPropsOptions['align'];
const flipped: Record<string, Align> = { left: 'right', right: 'left' };

function mirrorX<T extends { x?: PptxGenJS.Coord; w?: PptxGenJS.Coord }>(options: T): T {
  if (typeof options.x !== 'number' || typeof options.w !== 'number') return options;
  return { ...options, x: pptxTheme.width - options.x - options.w };
}

function textIn(item: Extract<PlanItem, { kind: 'text' }>, lang: string, rtl: boolean): PlanItem {
  const own = { lang, ...(rtl && { rtlMode: true }) };
  const align = item.options.align;
  return {
    ...item,
    runs: item.runs.map((r) => ({ ...r, options: { ...own, ...r.options } })),
    options: {
      ...(rtl ? mirrorX(item.options) : item.options),
      ...own,
      ...(rtl && { align: align === undefined ? 'right' : (flipped[align] ?? align) }),
    },
  };
}

export function inDirection(
  deck: { lang: string; dir: 'ltr' | 'rtl' },
  items: readonly PlanItem[],
): PlanItem[] {
  const rtl = deck.dir === 'rtl';
  return items.map((item): PlanItem => {
    switch (item.kind) {
      case 'text':
        return textIn(item, deck.lang, rtl);
      case 'shape':
        return rtl ? { ...item, options: mirrorX(item.options) } : item;
      case 'image':
        return rtl ? { ...item, options: mirrorX(item.options) } : item;
      case 'chart':
        return {
          ...item,
          options: {
            ...(rtl ? mirrorX(item.options) : item.options),
            lang: deck.lang,
            // The value axis crosses the time axis at its end: on the right, read first in Urdu.
            // Bars lying down keep theirs along the bottom (crossing at the end would put it on top).
            ...(rtl && item.options.barDir !== 'bar' && { catAxisCrossesAt: 'max' as unknown as number }),
          },
        };
    }
  });
}
