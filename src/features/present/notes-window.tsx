import './present.css';
import './present-content.css';
import './notes.css';
import { moveTo, type DeckCommand } from './deck-keys';
import { notesGoto } from './notes-sync';
import { useStoredNote } from './notes-store';
import { PresenterClock } from './presenter-clock';
import { SlidePreview } from './slide-preview';
import type { SlideSpec } from '@/components/slide-spec';
import { useDeckKeys } from './use-deck-keys';
import { useDigitJump } from './use-digit-jump';
import { useNotesSync } from './use-present-sync';

const connectionText = {
  waiting: 'Waiting for the presentation window… Open the present view with the same filters.',
  connected: 'In step with the presentation window.',
  closed: 'The presentation window has closed.',
} as const;

function OwnNotes({ slideId }: { slideId: string }) {
  const [text, setText] = useStoredNote(slideId);
  return (
    <div className="notes-own">
      <label htmlFor="own-notes">Your notes for this slide (kept in this browser only)</label>
      <textarea id="own-notes" value={text} onChange={(e) => setText(e.target.value)} rows={4} />
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
 * its state; this window only ever shows what the audience window reports.
 */
export function PresenterNotes({ slides, deckKey, filtersLabel }: PresenterNotesProps) {
  const { view, send } = useNotesSync(deckKey);
  const count = slides.length;
  const slide = Math.min(view.deck?.slide ?? 1, count);
  const current = slides[slide - 1];
  const next = slides[slide];
  const jumpFor = useDigitJump(count);

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
    <div className="notes">
      <header className="notes-head">
        <div>
          <h1>Speaker notes</h1>
          <p className="notes-connection" role="status">
            {connectionText[view.connection]}
          </p>
        </div>
        <PresenterClock />
      </header>
      <main className="notes-main">
        <section className="notes-current" aria-labelledby="notes-current-title">
          <p className="notes-count">
            Slide {slide} of {count}
            {deck?.autoSeconds != null &&
              ` · auto-advance every ${deck.autoSeconds} s${deck.paused ? ', paused' : ''}`}
          </p>
          <h2 id="notes-current-title">{current?.title}</h2>
          {/* One textarea for every slide (no key): a slide turning while the presenter types must not
              drop focus, or the next keys would steer the deck. */}
          {current && <OwnNotes slideId={current.id} />}
          <h3>From the data</h3>
          {current && current.notes.length > 0 ? (
            <ul className="notes-data">
              {current.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : (
            <p className="notes-data">No figures on this slide.</p>
          )}
        </section>
        <aside className="notes-side" aria-labelledby="notes-next-title">
          <h2 id="notes-next-title">{next ? `Next: ${next.title}` : 'This is the last slide'}</h2>
          {next && <SlidePreview spec={next} number={slide + 1} count={count} filtersLabel={filtersLabel} />}
          <div className="notes-controls" role="group" aria-label="Steer the presentation">
            <button
              type="button"
              className="button"
              disabled={!deck || slide <= 1}
              onClick={() => act({ type: 'prev' })}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={!deck || slide >= count}
              onClick={() => act({ type: 'next' })}
            >
              Next →
            </button>
            {deck?.autoSeconds != null && (
              <button type="button" className="button button--ghost" onClick={() => act({ type: 'pause' })}>
                {deck.paused ? 'Resume auto-advance' : 'Pause auto-advance'}
              </button>
            )}
          </div>
        </aside>
      </main>
    </div>
  );
}
