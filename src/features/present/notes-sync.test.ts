import { describe, expect, it } from 'vitest';
import {
  audienceAction,
  initialNotesView,
  notesGoto,
  notesReducer,
  parseMessage,
  type DeckState,
} from './notes-sync';

const deck: DeckState = { slide: 3, count: 8, paused: false, autoSeconds: 15 };

describe('parseMessage', () => {
  it('accepts the known messages and rejects anything else', () => {
    expect(parseMessage({ type: 'goto', slide: 2 })).toEqual({ type: 'goto', slide: 2 });
    expect(parseMessage({ type: 'goto', slide: 0 })).toBeNull();
    expect(parseMessage({ type: 'goto', slide: '2' })).toBeNull();
    expect(parseMessage({ type: 'reload' })).toBeNull();
    expect(parseMessage('hello')).toBeNull();
  });
});

describe('audienceAction', () => {
  it('answers hello with its state', () => {
    expect(audienceAction({ type: 'hello' }, deck)).toEqual({ type: 'send-state' });
  });

  it('goes to the slide asked for, within the deck', () => {
    expect(audienceAction({ type: 'goto', slide: 5 }, deck)).toEqual({ type: 'goto', slide: 5 });
    expect(audienceAction({ type: 'goto', slide: 99 }, deck)).toEqual({ type: 'goto', slide: 8 });
  });

  it('re-sends its state when asked for the slide it already shows', () => {
    expect(audienceAction({ type: 'goto', slide: 3 }, deck)).toEqual({ type: 'send-state' });
  });

  it('toggles pause only when auto-advance is on', () => {
    expect(audienceAction({ type: 'toggle-pause' }, deck)).toEqual({ type: 'toggle-pause' });
    expect(audienceAction({ type: 'toggle-pause' }, { ...deck, autoSeconds: null })).toBeNull();
  });

  it('ignores state from another audience window', () => {
    expect(audienceAction({ type: 'state', ...deck, slide: 1 }, deck)).toBeNull();
  });
});

describe('notesReducer', () => {
  it('waits, connects on the first state, follows later ones, and notices the audience leaving', () => {
    expect(initialNotesView.connection).toBe('waiting');
    const connected = notesReducer(initialNotesView, { type: 'state', ...deck });
    expect(connected).toEqual({ connection: 'connected', deck });
    const moved = notesReducer(connected, { type: 'state', ...deck, slide: 4 });
    expect(moved.deck?.slide).toBe(4);
    const closed = notesReducer(moved, { type: 'bye' });
    expect(closed).toEqual({ connection: 'closed', deck: moved.deck });
  });

  it('ignores its own kind of messages', () => {
    expect(notesReducer(initialNotesView, { type: 'goto', slide: 2 })).toBe(initialNotesView);
  });
});

describe('notesGoto', () => {
  it('asks for an absolute slide within the deck, and nothing when it would not move', () => {
    const view = notesReducer(initialNotesView, { type: 'state', ...deck });
    expect(notesGoto(view, (d) => d.slide + 1)).toEqual({ type: 'goto', slide: 4 });
    expect(notesGoto(view, () => 42)).toEqual({ type: 'goto', slide: 8 });
    expect(notesGoto(view, (d) => d.slide)).toBeNull();
    expect(notesGoto(initialNotesView, () => 2)).toBeNull();
  });
});
