import { useCallback, useState } from 'react';
import { moveTo, type DeckCommand } from './deck-keys';
import { useAutoAdvance } from './use-auto-advance';
import { DEFAULT_AUTO, useDeckParams } from './use-deck-params';
import { useDeckKeys } from './use-deck-keys';
import { useDigitJump } from './use-digit-jump';
import { useFullscreen } from './use-fullscreen';
import { useAudienceSync } from './use-present-sync';

interface DeckOptions {
  count: number;
  deckKey: string;
  onLeave: () => void;
  onOpenNotes: () => void;
  /** Ctrl/Cmd+P: the deck's printing (it waits for figures still loading). */
  onPrint: () => void;
  notify: (message: string) => void;
}

/**
 * The deck's behaviour: slide and interval from the URL, keys, auto-advance, full screen and the
 * notes window's commands. Any move made by hand pauses auto-advance: the presenter has taken over.
 */
export function useDeck({ count, deckKey, onLeave, onOpenNotes, onPrint, notify }: DeckOptions) {
  const { slide, autoSeconds, goTo, setAuto } = useDeckParams(count);
  const [paused, setPaused] = useState(false);
  const fullscreen = useFullscreen(notify);

  const go = useCallback(
    (target: number) => {
      if (autoSeconds !== null) setPaused(true);
      goTo(target);
    },
    [autoSeconds, goTo],
  );

  const chooseAuto = useCallback(
    (seconds: number | null) => {
      setPaused(false);
      setAuto(seconds);
    },
    [setAuto],
  );

  // P with auto-advance off starts it at the default interval: one key for "play".
  const togglePause = useCallback(() => {
    if (autoSeconds === null) chooseAuto(DEFAULT_AUTO);
    else setPaused((p) => !p);
  }, [autoSeconds, chooseAuto]);

  // A playlist loops: after the last slide comes the first again.
  useAutoAdvance(autoSeconds, paused, slide, () => goTo(slide >= count ? 1 : slide + 1));
  useAudienceSync(deckKey, { slide, count, paused, autoSeconds }, { goTo: go, togglePause });

  const jumpFor = useDigitJump(count);
  useDeckKeys((command: DeckCommand) => {
    switch (command.type) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        return go(moveTo(slide, count, command.type));
      case 'digit': {
        const target = jumpFor(command.digit);
        if (target !== null) go(target);
        return;
      }
      case 'fullscreen':
        return fullscreen.toggle();
      case 'pause':
        return togglePause();
      case 'notes':
        return onOpenNotes();
      case 'print':
        return onPrint();
      case 'leave':
        // Like the browser's own full screen, Escape first leaves the fallback, then the deck.
        return fullscreen.fallback ? fullscreen.exitFallback() : onLeave();
    }
  });

  return { slide, count, autoSeconds, paused, go, chooseAuto, togglePause, fullscreen };
}
