import { useIsFetching } from '@tanstack/react-query';
import { lazy, useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useLocation } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { LazyPlace } from '@/components/lazy-place';
import { useDeferredSettled } from '@/hooks/use-deferred-settled';
import { formattersReady } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import styles from './deck.module.css';
import { DeckBar } from './deck-bar';
import { SlideFrame } from './slide-frame';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideSpec } from '@/components/slide-spec';
import { useDeck } from './use-deck';
import { stillLoading, useDeckExports } from './use-deck-exports';
import { useDeckScale } from './use-deck-scale';
import { useExportDate } from './use-export-date';
import { useWarmSlides } from './use-warm-slides';

// React Aria's modal is only needed when an export finds gaps: it stays out of the deck's first load.
const ExportGapsDialog = lazy(() =>
  Promise.all([import('./export-gaps-dialog'), formattersReady]).then(([m]) => ({
    default: m.ExportGapsDialog,
  })),
);

const messages = defineMessages({
  heading: {
    id: 'present.deck.heading',
    defaultMessage: 'Tech Corridor presentation',
    description: 'Heading of the present view, for screen readers.',
  },
  notesBlocked: {
    id: 'present.deck.notes-blocked',
    defaultMessage:
      'The browser blocked the notes window. Allow pop-ups for this site, or open {href} in another window.',
    description: 'Notice when the speaker notes window could not open; href is its address.',
  },
  live: {
    id: 'present.deck.live',
    defaultMessage:
      '{paused, select, yes {Slide {number} of {count}: {title}. Auto-advance paused.} other {Slide {number} of {count}: {title}}}',
    description: 'Read out by screen readers when the slide turns.',
  },
  pptxWhat: {
    id: 'present.deck.pptx-what',
    defaultMessage: 'Download the PowerPoint file anyway?',
    description: 'Question in the dialog before a PowerPoint download with data missing.',
  },
});

/** One slide per page, the slide's own size: 1280×720 CSS px is 13.33×7.5 in, the 16:9 page of slide decks. */
const PAGE_RULE = `@page { size: ${SLIDE_WIDTH}px ${SLIDE_HEIGHT}px; margin: 0; }`;

export interface DeckProps {
  slides: readonly SlideSpec[];
  filtersLabel: string;
  deckKey: string;
  /** Where Escape and Exit go: the dashboard with the same filters. */
  exitHref: string;
  notesHref: string;
}

/**
 * The present view: every slide is mounted at 1280×720 (its title and footer, so the count, the
 * notes and the sources are there at once; the queries start in the slide hooks), one is shown at a
 * time, scaled to the window. Bodies render as the shown slide first and the rest in idle time
 * (use-warm-slides.ts), and all before printing or an export.
 */
export function Deck({ slides, filtersLabel, deckKey, exitHref, notesHref }: DeckProps) {
  const t = useLocale();
  const [, navigate] = useLocation();
  const [notice, setNotice] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const exportDate = useExportDate();
  // Busy while any figure is loading: printing and tests wait for it, and the slide count can grow
  // (the closing sources list takes as many slides as the sources need).
  const fetching = useIsFetching({ predicate: stillLoading }) > 0;

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 9000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const openNotes = useCallback(() => {
    const opened = window.open(notesHref, 'tech-corridor-notes', 'popup,width=1200,height=800');
    if (!opened) {
      setNotice(t.format(messages.notesBlocked, { href: notesHref }));
    }
  }, [notesHref, t]);

  // Ctrl/Cmd+P (a key of useDeck) prints as the Print button does; printing comes from the exports below.
  const print = useRef(() => {});
  const deck = useDeck({
    count: slides.length,
    deckKey,
    onLeave: () => navigate(exitHref),
    onOpenNotes: openNotes,
    onPrint: () => print.current(),
    notify: setNotice,
  });
  // The slides follow the answers in a deferred render: an answer re-renders the deck's frame at
  // once, while the twenty-odd slides are drawn again in a transition, in slices (React yields to
  // input and paint between them). The exports and printing wait for it (`settled`).
  const { shown, settled } = useDeferredSettled(slides);
  const current = slides[deck.slide - 1];
  const full = deck.fullscreen.active;
  const scale = useDeckScale(full);
  const { isWarm, renderAll } = useWarmSlides(slides.length, deck.slide);
  const { busy, pptxGaps, savePng, printDeck, exportPptx, writePptx, cancelPptx } = useDeckExports({
    slides,
    stage,
    slide: deck.slide,
    filtersLabel,
    notify: setNotice,
    prepare: renderAll,
    rendered: settled,
  });
  useEffect(() => {
    print.current = () => void printDeck();
  });

  return (
    <div className={styles.deck} data-full={full ? 'true' : undefined}>
      <style>{PAGE_RULE}</style>
      <main
        className={styles.viewport}
        aria-busy={fetching}
        style={{ '--deck-scale': scale } as CSSProperties}
      >
        {/* Inside the landmark: screen readers list headings by region (axe best-practice `region`). */}
        <h1 className="visually-hidden">{t.format(messages.heading)}</h1>
        <div className={styles.stage} ref={stage}>
          {shown.map((spec, i) => (
            <SlideFrame
              key={spec.id}
              spec={spec}
              number={i + 1}
              count={shown.length}
              current={i + 1 === deck.slide}
              rendered={isWarm(i + 1)}
              filtersLabel={filtersLabel}
              exportDate={exportDate}
            />
          ))}
        </div>
      </main>
      <div className={styles.progress} aria-hidden="true">
        <span style={{ inlineSize: `${(deck.slide / Math.max(1, slides.length)) * 100}%` }} />
      </div>
      {!full && (
        <DeckBar
          slide={deck.slide}
          count={slides.length}
          title={current?.title ?? ''}
          autoSeconds={deck.autoSeconds}
          paused={deck.paused}
          exitHref={exitHref}
          busy={busy}
          onGo={deck.go}
          onChooseAuto={deck.chooseAuto}
          onTogglePause={deck.togglePause}
          onNotes={openNotes}
          onPng={() => void savePng()}
          onPrint={() => void printDeck()}
          onPptx={() => void exportPptx()}
          onFullscreen={deck.fullscreen.toggle}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {t.format(messages.live, {
          number: deck.slide,
          count: slides.length,
          title: current?.title ?? '',
          paused: deck.autoSeconds !== null && deck.paused ? 'yes' : 'no',
        })}
      </p>
      {pptxGaps.length > 0 && (
        <LazyPlace loading={null}>
          <ExportGapsDialog
            gaps={pptxGaps}
            question={t.format(messages.pptxWhat)}
            onContinue={() => void writePptx()}
            onCancel={cancelPptx}
          />
        </LazyPlace>
      )}
      <p className={styles.notice} role="status">
        {notice}
      </p>
    </div>
  );
}
