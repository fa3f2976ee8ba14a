import { parseAsInteger, useQueryStates } from 'nuqs';
import { useCallback } from 'react';
import { clampSlide } from './deck-keys';

/** Intervals offered for auto-advance, in seconds; any value in AUTO_RANGE works from the URL. */
export const AUTO_CHOICES = [10, 15, 30, 60] as const;
const AUTO_RANGE = { min: 3, max: 3600 } as const;
export const DEFAULT_AUTO = 15;

/** ?slide=3 (1-based; 1 is never written) and ?auto=15 (seconds). */
const deckParsers = {
  slide: parseAsInteger.withDefault(1),
  auto: parseAsInteger,
};

/**
 * The slide and the auto-advance interval live in the URL, so a link opens that slide and a kiosk
 * link starts playing. Replace, not push: Back should leave the deck, not step through it.
 */
export function useDeckParams(count: number) {
  const [state, setState] = useQueryStates(deckParsers, { history: 'replace' });
  const slide = clampSlide(state.slide, count);
  const autoSeconds =
    state.auto !== null && state.auto >= AUTO_RANGE.min && state.auto <= AUTO_RANGE.max ? state.auto : null;
  const goTo = useCallback(
    (target: number) => void setState({ slide: clampSlide(target, count) }),
    [setState, count],
  );
  const setAuto = useCallback((seconds: number | null) => void setState({ auto: seconds }), [setState]);
  return { slide, autoSeconds, goTo, setAuto };
}
