import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ViewFilters } from '@/lib/view-filters';
import {
  audienceAction,
  initialNotesView,
  notesReducer,
  type DeckState,
  type PresentMessage,
} from './notes-sync';
import { openPresentChannel, type PresentChannel } from './present-channel';

/** The filters make the deck; windows showing the same filters belong together. */
export function deckKeyOf(filters: ViewFilters): string {
  const sorted = (ids: readonly string[]) => [...ids].sort().join(',');
  return `z=${sorted(filters.zones)};s=${sorted(filters.sectors)};f=${filters.from ?? ''};t=${filters.to ?? ''}`;
}

interface AudienceHandlers {
  goTo: (slide: number) => void;
  togglePause: () => void;
}

/** Audience side: announces every change, and follows what a notes window asks for. */
export function useAudienceSync(deckKey: string, deck: DeckState, handlers: AudienceHandlers): void {
  const channel = useRef<PresentChannel | null>(null);
  const latest = useRef({ deck, handlers });
  useEffect(() => {
    latest.current = { deck, handlers };
  });

  useEffect(() => {
    const opened = openPresentChannel(deckKey, (message) => {
      const { deck: now, handlers: act } = latest.current;
      const action = audienceAction(message, now);
      if (action?.type === 'send-state') opened.post({ type: 'state', ...now });
      else if (action?.type === 'goto') act.goTo(action.slide);
      else if (action?.type === 'toggle-pause') act.togglePause();
    });
    channel.current = opened;
    const bye = () => opened.post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    opened.post({ type: 'state', ...latest.current.deck });
    return () => {
      bye();
      window.removeEventListener('pagehide', bye);
      opened.close();
      channel.current = null;
    };
  }, [deckKey]);

  const { slide, count, paused, autoSeconds } = deck;
  useEffect(() => {
    channel.current?.post({ type: 'state', slide, count, paused, autoSeconds });
  }, [slide, count, paused, autoSeconds]);
}

/** Notes side: follows the audience window's state and sends it commands. */
export function useNotesSync(deckKey: string) {
  const [view, dispatch] = useReducer(notesReducer, initialNotesView);
  const channel = useRef<PresentChannel | null>(null);
  useEffect(() => {
    const opened = openPresentChannel(deckKey, dispatch);
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [deckKey]);
  const send = useCallback((message: PresentMessage | null) => {
    if (message) channel.current?.post(message);
  }, []);
  return { view, send };
}
