import { useCallback, useEffect, useRef, useState } from 'react';

/** Pointer leaving a marker closes its tooltip after this long, so the pointer can move onto it. */
const HIDE_DELAY_MS = 200;

/**
 * Which marker’s tooltip is open, and why (hover or keyboard focus), with the handlers that open
 * and close it.
 */
export function useMarkerTooltip() {
  const [active, setActive] = useState<{ id: string; via: 'hover' | 'focus' } | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);
  // Focus that follows a pointer press is a click, not keyboard navigation: its tooltip would
  // stay open over the neighbours after the click, so only keyboard focus opens one.
  const lastPress = useRef(0);
  // Stable, so a hover re-renders only the markers whose state changed (MapMarkers is memoised).
  const show = useCallback((id: string, via: 'hover' | 'focus') => {
    if (via === 'focus' && performance.now() - lastPress.current < 600) return;
    window.clearTimeout(hideTimer.current);
    setActive({ id, via });
  }, []);
  const hide = useCallback((via: 'hover' | 'focus') => {
    window.clearTimeout(hideTimer.current);
    const close = () => setActive((a) => (a?.via === via ? null : a));
    if (via === 'focus') close();
    else hideTimer.current = window.setTimeout(close, HIDE_DELAY_MS);
  }, []);
  const onPress = useCallback(() => {
    lastPress.current = performance.now();
  }, []);
  const keepOpen = useCallback(() => window.clearTimeout(hideTimer.current), []);
  return { active, setActive, show, hide, onPress, keepOpen };
}
