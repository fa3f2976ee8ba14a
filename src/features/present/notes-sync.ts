/**
 * The messages between the audience window (the deck) and the presenter's notes window, and
 * what each side does with them, as pure functions. Messages cross a window boundary, so they
 * are parsed, never trusted.
 */
import { z } from 'zod/mini';

const slideNumber = z.int().check(z.gte(1));

const PresentMessageSchema = z.discriminatedUnion('type', [
  /** Notes → audience: "tell me where you are" (sent when the notes window opens). */
  z.object({ type: z.literal('hello') }),
  /** Audience → notes: the deck's state, after every change and in answer to hello. */
  z.object({
    type: z.literal('state'),
    slide: slideNumber,
    count: slideNumber,
    paused: z.boolean(),
    autoSeconds: z.nullable(z.int()),
  }),
  /** Notes → audience: show this slide. Absolute, so a repeated message changes nothing. */
  z.object({ type: z.literal('goto'), slide: slideNumber }),
  z.object({ type: z.literal('toggle-pause') }),
  /** Audience → notes: the presentation window closed or left presenter mode. */
  z.object({ type: z.literal('bye') }),
]);
export type PresentMessage = z.infer<typeof PresentMessageSchema>;

export function parseMessage(data: unknown): PresentMessage | null {
  const parsed = PresentMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export interface DeckState {
  slide: number;
  count: number;
  paused: boolean;
  autoSeconds: number | null;
}

export type AudienceAction =
  { type: 'goto'; slide: number } | { type: 'toggle-pause' } | { type: 'send-state' } | null;

/** What the audience window does with a message from a notes window. */
export function audienceAction(message: PresentMessage, deck: DeckState): AudienceAction {
  switch (message.type) {
    case 'hello':
      return { type: 'send-state' };
    case 'goto': {
      const slide = Math.min(message.slide, deck.count);
      // Already there: answer with the state, so a notes window that was behind catches up.
      return slide === deck.slide ? { type: 'send-state' } : { type: 'goto', slide };
    }
    case 'toggle-pause':
      return deck.autoSeconds === null ? null : { type: 'toggle-pause' };
    default:
      // State and bye come from other audience windows; one deck never follows another.
      return null;
  }
}

export interface NotesView {
  connection: 'waiting' | 'connected' | 'closed';
  deck: DeckState | null;
}

export const initialNotesView: NotesView = { connection: 'waiting', deck: null };

/** What the notes window shows after a message from the audience window. */
export function notesReducer(view: NotesView, message: PresentMessage): NotesView {
  switch (message.type) {
    case 'state': {
      const { slide, count, paused, autoSeconds } = message;
      return { connection: 'connected', deck: { slide: Math.min(slide, count), count, paused, autoSeconds } };
    }
    case 'bye':
      return { ...view, connection: 'closed' };
    default:
      return view;
  }
}

/** The notes window's keys move the audience: the target is computed from the last state it saw. */
export function notesGoto(view: NotesView, target: (deck: DeckState) => number): PresentMessage | null {
  if (!view.deck) return null;
  const slide = Math.min(Math.max(1, target(view.deck)), view.deck.count);
  return slide === view.deck.slide ? null : { type: 'goto', slide };
}
