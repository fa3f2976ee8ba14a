import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocale } from '@/components/language-provider';
import { slugify } from '@/lib/download';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { SLIDE_HEIGHT, SLIDE_WIDTH, slidesMissingData, type SlideSpec } from '@/components/slide-spec';
import { downloadDeckPptx } from './pptx-export';
import { missingList } from './slide-frame-messages';
import { saveSlidePng } from './slide-png';
import { isoToday } from './use-export-date';

const messages = defineMessages({
  confirm: {
    id: 'present.deck.confirm-gaps',
    defaultMessage:
      'Data did not load for {count, plural, one {one slide} other {# slides}}:\n{list}\n\nThose slides say so on the page. {action, select, png {Save the PNG anyway?} other {Print anyway?}}',
    description:
      'Browser confirmation before saving a PNG or printing with data missing; list has one line per slide ("• title: what is missing").',
  },
  gapLine: {
    id: 'present.deck.gap-line',
    defaultMessage: '• {title}: {missing}',
    description: 'One line of the list in the confirmation: a slide and what did not load on it.',
  },
  pngSaved: {
    id: 'present.deck.png-saved',
    defaultMessage: 'Slide {number} saved as {name}.',
    description: 'Notice after saving a slide as a picture; name is the file name.',
  },
  pngFailed: {
    id: 'present.deck.png-failed',
    defaultMessage: 'The PNG could not be made: {error}.',
    description: 'Notice when saving the picture failed; error is the browser’s message (English).',
  },
  pptxSaved: {
    id: 'present.deck.pptx-saved',
    defaultMessage: 'The deck was saved as {name}.',
    description: 'Notice after the PowerPoint download; name is the file name.',
  },
  pptxFailed: {
    id: 'present.deck.pptx-failed',
    defaultMessage: 'The PowerPoint file could not be made: {error}.',
    description: 'Notice when the PowerPoint file failed; error is the browser’s message (English).',
  },
});

/** A query still on its first attempt is loading; one that has failed and is retrying is not worth waiting for. */
export const stillLoading = (q: { state: { fetchStatus: string; fetchFailureCount: number } }) =>
  q.state.fetchStatus === 'fetching' && q.state.fetchFailureCount === 0;

/** Export goes ahead only once the presenter has seen which slides have data missing. */
function confirmGaps(t: Locale, slides: readonly SlideSpec[], action: 'png' | 'print'): boolean {
  const gaps = slidesMissingData(slides);
  if (gaps.length === 0) return true;
  const list = gaps
    .map((s) => t.format(messages.gapLine, { title: s.title, missing: missingList(t, s.missing ?? []) }))
    .join('\n');
  return window.confirm(t.format(messages.confirm, { count: gaps.length, list, action }));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface DeckExportsOptions {
  slides: readonly SlideSpec[];
  /** The stage holding every slide, each marked `data-slide="<number>"`. */
  stage: RefObject<HTMLDivElement | null>;
  /** The slide shown (1-based): the one a PNG is made of. */
  slide: number;
  filtersLabel: string;
  notify: (notice: string) => void;
  /** Renders every slide's body, for the exports that take the whole deck. */
  prepare: () => Promise<void>;
  /** Resolves once the slides on the stage show the latest figures (they follow in a deferred render). */
  rendered: () => Promise<void>;
}

/**
 * The deck's exports: the shown slide as a PNG, the whole deck printed or as PowerPoint. Each waits
 * briefly for figures still loading, then asks about slides with data missing before it goes ahead.
 */
export function useDeckExports({
  slides,
  stage,
  slide,
  filtersLabel,
  notify: setNotice,
  prepare,
  rendered,
}: DeckExportsOptions) {
  const t = useLocale();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [pptxGaps, setPptxGaps] = useState<SlideSpec[]>([]);
  const latestSlides = useRef(slides);
  useEffect(() => {
    latestSlides.current = slides;
  }, [slides]);
  const current = slides[slide - 1];

  /** The code every slide's body draws with (the charts'), before anything reads the slides. */
  const bodiesReady = (specs: readonly SlideSpec[]) =>
    Promise.all(specs.map((spec) => spec.ready?.().catch(() => {})));

  async function savePng() {
    if (current) await bodiesReady([current]);
    await rendered();
    const node = stage.current?.querySelector<HTMLElement>(`[data-slide="${slide}"]`);
    if (!node || !current) return;
    if (!confirmGaps(t, [current], 'png')) return;
    setBusy('png');
    try {
      const name = `tech-corridor-${String(slide).padStart(2, '0')}-${slugify(current.title)}`;
      await saveSlidePng(node, name, {
        width: SLIDE_WIDTH,
        height: SLIDE_HEIGHT,
      });
      setNotice(t.format(messages.pngSaved, { number: slide, name: `${name}.png` }));
    } catch (error) {
      setNotice(t.format(messages.pngFailed, { error: errorText(error) }));
    } finally {
      setBusy(null);
    }
  }

  async function settle() {
    const deadline = Date.now() + 10_000;
    while (queryClient.isFetching({ predicate: stillLoading }) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => window.setTimeout(resolve, 200));
    }
    await rendered();
  }

  async function writePptx() {
    setPptxGaps([]);
    setBusy('pptx');
    try {
      const nodes = stage.current?.querySelectorAll<HTMLElement>('[data-slide]');
      const name = await downloadDeckPptx(t, latestSlides.current, (i) => nodes?.item(i) ?? null, {
        filtersLabel,
        exportDate: isoToday(),
      });
      setNotice(t.format(messages.pptxSaved, { name }));
    } catch (error) {
      setNotice(t.format(messages.pptxFailed, { error: errorText(error) }));
    } finally {
      setBusy(null);
    }
  }

  // Figures still loading would go out as gaps: wait for them (briefly), then ask about any that failed.
  async function exportPptx() {
    setBusy('pptx');
    await bodiesReady(latestSlides.current);
    await prepare();
    await settle();
    setBusy(null);
    const gaps = slidesMissingData(latestSlides.current);
    if (gaps.length) setPptxGaps(gaps);
    else await writePptx();
  }

  // Figures still loading would print as skeletons: wait for them (briefly), then open the dialog.
  async function printDeck() {
    setBusy('print');
    await bodiesReady(latestSlides.current);
    await prepare();
    await settle();
    setBusy(null);
    if (!confirmGaps(t, latestSlides.current, 'print')) return;
    window.print();
  }

  return {
    busy,
    pptxGaps,
    savePng,
    printDeck,
    exportPptx,
    writePptx,
    cancelPptx: () => setPptxGaps([]),
  };
}
