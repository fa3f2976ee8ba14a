import type { ReactNode } from 'react';
import type { Provenance } from '@/domain/provenance';
import type { PptxBody } from '@/lib/pptx/deck-description';
import type { Note } from './note-runs';

/** Logical slide size: every slide is laid out at this size, then scaled to the screen or the page. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** Data a slide needs that did not load: the slide stays in the deck and says so. */
export interface MissingData {
  /** What is missing, in words: "FDI from China figures". */
  what: string;
  /** Why, in plain words: "The data service answered 503, a fault on its side." */
  reason: string;
  retry: () => void;
}

/**
 * One slide of the deck. The deck knows nothing of what a slide shows: each feature builds its own
 * slides, deriving notes and sources from the same queries the slide renders; app/ puts them in order.
 */
export interface SlideSpec {
  /** Stable across filters and data: keys stored speaker notes and names the PNG. */
  id: string;
  title: string;
  /** One line under the title saying what the slide shows. */
  subtitle?: string;
  render: () => ReactNode;
  /**
   * Resolves once the code the body draws with has loaded (the charts' Recharts): printing and the
   * exports wait for it. Absent when the body needs nothing beyond the deck.
   */
  ready?: () => Promise<void>;
  /**
   * Speaker notes from the data: each figure with its source and as-of date; parts in another
   * language than the deck's (a source's title, an untranslated method) as runs (`formatNote`).
   */
  notes: readonly Note[];
  /** Printed in the slide's footer; every figure shown must be covered. */
  sources: readonly Provenance[];
  /** Said in the footer instead of a source list when the slide cites none (cover, sources list). */
  sourcesNote?: string;
  /** The slide shows generated breakdowns: its footer says so on screen, in print and in the PNG. */
  illustrative: boolean;
  /** Data that failed to load; said on the slide, named on the cover, warned about before export. */
  missing?: readonly MissingData[];
  /**
   * The slide's body in the PowerPoint export, from the same figures it draws (given its rendered
   * slide, for pictures); null when its data did not load. Without it the body goes in as a picture.
   */
  pptx?: (slide: HTMLElement) => PptxBody | null | Promise<PptxBody | null>;
  /** The cover opens the exported deck on the theme's colour. */
  pptxLayout?: 'title';
}

/** Slides whose data failed, for the cover and the export warning. */
export const slidesMissingData = (slides: readonly SlideSpec[]): SlideSpec[] =>
  slides.filter((s) => (s.missing?.length ?? 0) > 0);
