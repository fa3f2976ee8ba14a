import { useLocale } from '@/components/language-provider';
import { NoteLine } from '@/components/note-line';
import { noteText } from '@/components/note-runs';
import { moveTo, type DeckCommand } from './deck-keys';
import { notesGoto } from './notes-sync';
import { useStoredNote } from './notes-store';
import { PresenterClock } from './presenter-clock';
import { SlidePreview } from './slide-preview';
import type { SlideSpec } from '@/components/slide-spec';
import styles from './notes-window.module.css';
import { useDeckKeys } from './use-deck-keys';
import { useDigitJump } from './use-digit-jump';
import { useNotesSync } from './use-present-sync';
import { frameMessages } from './slide-frame-messages';
import { notesWindowMessages as messages } from './notes-window-messages';

const connectionText = {
  waiting: messages.waiting,
  connected: messages.connected,
  closed: messages.closed,
} as const;

function OwnNotes({ slideId }: { slideId: string }) {
  const t = useLocale();
  const [text, setText] = useStoredNote(slideId);
  return (
    <div className={styles.own}>
      <label htmlFor="own-notes">{t.format(messages.own)}</label>
      <textarea id="own-notes" value={text} onChange={(e) => setText(e.target.value)} rows={4} dir="auto" />
    </div>
  );
}

export interface PresenterNotesProps {
  slides: readonly SlideSpec[];
  deckKey: string;
  filtersLabel: string;
}

/**
 * The presenter window: the current slide's notes (from the data, plus the presenter's own text),
 * the next slide, and a clock. Its keys and buttons steer the audience window, which answers with
 * its state; this window only ever shows what the audience window reports. It opens in the deck's
 * language (the link carries `lang`), so its arrows follow the same reading order.
 */
export function PresenterNotes({ slides, deckKey, filtersLabel }: PresenterNotesProps) {
  const t = useLocale();
  const { view, send } = useNotesSync(deckKey);
  const count = slides.length;
  const slide = Math.min(view.deck?.slide ?? 1, count);
  const current = slides[slide - 1];
  const next = slides[slide];
  const jumpFor = useDigitJump(count);
  const [back, forward] = t.dir === 'rtl' ? ['→', '←'] : ['←', '→'];

  const act = (command: DeckCommand) => {
    switch (command.type) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        return send(notesGoto(view, (d) => moveTo(d.slide, d.count, command.type)));
      case 'digit': {
        const target = jumpFor(command.digit);
        return target === null ? undefined : send(notesGoto(view, () => target));
      }
      case 'pause':
        return send({ type: 'toggle-pause' });
    }
  };
  useDeckKeys(act);
  const deck = view.deck;

  return (
    <div className={styles.notes}>
      <header className={styles.head}>
        <div>
          <h1>{t.format(messages.heading)}</h1>
          <p className={styles.connection} role="status">
            {t.format(connectionText[view.connection])}
          </p>
        </div>
        <PresenterClock />
      </header>
      <main className={styles.main}>
        <section className={styles.current} aria-labelledby="notes-current-title">
          <p className={styles.count}>
            {deck?.autoSeconds != null
              ? t.format(messages.countAuto, {
                  slide,
                  count,
                  seconds: deck.autoSeconds,
                  paused: deck.paused ? 'yes' : 'no',
                })
              : t.format(messages.count, { slide, count })}
          </p>
          <h2 id="notes-current-title">{current?.title}</h2>
          {/* One textarea for every slide (no key): a slide turning while the presenter types must not
              drop focus, or the next keys would steer the deck. */}
          {current && <OwnNotes slideId={current.id} />}
          <h3>{t.format(messages.fromData)}</h3>
          {current && current.notes.length > 0 ? (
            <ul className={styles.data} aria-label={t.format(messages.fromData)}>
              {current.notes.map((note) => (
                <li key={noteText(note)}>
                  <NoteLine note={note} />
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.data}>{t.format(frameMessages.noFigures)}</p>
          )}
        </section>
        <aside className={styles.side} aria-labelledby="notes-next-title">
          <h2 id="notes-next-title">
            {next ? t.format(messages.next, { title: next.title }) : t.format(messages.last)}
          </h2>
          {next && <SlidePreview spec={next} number={slide + 1} count={count} filtersLabel={filtersLabel} />}
          <div className={styles.controls} role="group" aria-label={t.format(messages.steer)}>
            <button
              type="button"
              className="button"
              disabled={!deck || slide <= 1}
              onClick={() => act({ type: 'prev' })}
            >
              <span aria-hidden="true">{back} </span>
              {t.format(messages.previous)}
            </button>
            <button
              type="button"
              className="button"
              disabled={!deck || slide >= count}
              onClick={() => act({ type: 'next' })}
            >
              {t.format(messages.nextButton)}
              <span aria-hidden="true"> {forward}</span>
            </button>
            {deck?.autoSeconds != null && (
              <button type="button" className="button button--ghost" onClick={() => act({ type: 'pause' })}>
                {t.format(deck.paused ? messages.resume : messages.pause)}
              </button>
            )}
          </div>
        </aside>
      </main>
    </div>
  );
}
