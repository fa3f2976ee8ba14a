import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useLocation } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { slugify } from '@/lib/download';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import styles from './deck.module.css';
import { DeckBar } from './deck-bar';
import { ExportGapsDialog } from './export-gaps-dialog';
import { downloadDeckPptx } from './pptx-export';
import { missingList, SlideFrame } from './slide-frame';
import { saveSlidePng } from './slide-png';
import { SLIDE_HEIGHT, SLIDE_WIDTH, slidesMissingData, type SlideSpec } from '@/components/slide-spec';
import { useDeck } from './use-deck';

/** Height of the control bar at the bottom, kept free of the slide (px). */
const BAR_HEIGHT = 44;
/** One slide per page, the slide's own size: 1280×720 CSS px is 13.33×7.5 in, the 16:9 page of slide decks. */
const messages = defineMessages({
  heading: {
    id: 'present.deck.heading',
    defaultMessage: 'Tech Corridor presentation',
    description: 'Heading of the present view, for screen readers.',
  },
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
  notesBlocked: {
    id: 'present.deck.notes-blocked',
    defaultMessage:
      'The browser blocked the notes window. Allow pop-ups for this site, or open {href} in another window.',
    description: 'Notice when the speaker notes window could not open; href is its address.',
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

const PAGE_RULE = `@page { size: ${SLIDE_WIDTH}px ${SLIDE_HEIGHT}px; margin: 0; }`;

const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The date printed on every page: today, re-read when printing starts (a deck can stay open overnight). */
function useExportDate(): string {
  const [date, setDate] = useState(isoToday);
  useEffect(() => {
    const onBeforePrint = () => setDate(isoToday());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return date;
}

/** A query still on its first attempt is loading; one that has failed and is retrying is not worth waiting for. */
const stillLoading = (q: { state: { fetchStatus: string; fetchFailureCount: number } }) =>
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

export interface DeckProps {
  slides: readonly SlideSpec[];
  filtersLabel: string;
  deckKey: string;
  /** Where Escape and Exit go: the dashboard with the same filters. */
  exitHref: string;
  notesHref: string;
}

/**
 * The present view: every slide is mounted and laid out at 1280×720 (queries start at once and
 * charts are measured before anyone prints), one is shown at a time, scaled to the window.
 */
export function Deck({ slides, filtersLabel, deckKey, exitHref, notesHref }: DeckProps) {
  const t = useLocale();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pptxGaps, setPptxGaps] = useState<SlideSpec[]>([]);
  const stage = useRef<HTMLDivElement>(null);
  const exportDate = useExportDate();
  // Busy while any figure is loading: printing and tests wait for it, and the slide count can grow
  // (the closing sources list takes as many slides as the sources need).
  const fetching = useIsFetching({ predicate: stillLoading }) > 0;
  const latestSlides = useRef(slides);
  useEffect(() => {
    latestSlides.current = slides;
  }, [slides]);

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

  const deck = useDeck({
    count: slides.length,
    deckKey,
    onLeave: () => navigate(exitHref),
    onOpenNotes: openNotes,
    notify: setNotice,
  });
  const current = slides[deck.slide - 1];
  const full = deck.fullscreen.active;

  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fitToWindow = () =>
      setScale(
        Math.max(
          0.1,
          Math.min(
            window.innerWidth / SLIDE_WIDTH,
            (window.innerHeight - (full ? 0 : BAR_HEIGHT)) / SLIDE_HEIGHT,
          ),
        ),
      );
    fitToWindow();
    window.addEventListener('resize', fitToWindow);
    return () => window.removeEventListener('resize', fitToWindow);
  }, [full]);

  async function savePng() {
    const node = stage.current?.querySelector<HTMLElement>(`[data-slide="${deck.slide}"]`);
    if (!node || !current) return;
    if (!confirmGaps(t, [current], 'png')) return;
    setBusy('png');
    try {
      const name = `tech-corridor-${String(deck.slide).padStart(2, '0')}-${slugify(current.title)}`;
      await saveSlidePng(node, name, {
        width: SLIDE_WIDTH,
        height: SLIDE_HEIGHT,
      });
      setNotice(t.format(messages.pngSaved, { number: deck.slide, name: `${name}.png` }));
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
    await settle();
    setBusy(null);
    const gaps = slidesMissingData(latestSlides.current);
    if (gaps.length) setPptxGaps(gaps);
    else await writePptx();
  }

  // Figures still loading would print as skeletons: wait for them (briefly), then open the dialog.
  async function printDeck() {
    setBusy('print');
    await settle();
    setBusy(null);
    if (!confirmGaps(t, latestSlides.current, 'print')) return;
    window.print();
  }

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
          {slides.map((spec, i) => (
            <SlideFrame
              key={spec.id}
              spec={spec}
              number={i + 1}
              count={slides.length}
              current={i + 1 === deck.slide}
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
      <ExportGapsDialog
        gaps={pptxGaps}
        question={t.format(messages.pptxWhat)}
        onContinue={() => void writePptx()}
        onCancel={() => setPptxGaps([])}
      />
      <p className={styles.notice} role="status">
        {notice}
      </p>
    </div>
  );
}
