import { useCallback, useEffect, useState } from 'react';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';

const messages = defineMessages({
  refused: {
    id: 'present.fullscreen.refused',
    defaultMessage:
      'The browser did not allow full screen. The controls are hidden instead: press F11 (Ctrl+Cmd+F on a Mac) for the browser’s own full screen, and F to bring the controls back.',
    description: 'Notice when the browser refuses full screen. Keep the key names F11, Ctrl+Cmd+F and F.',
  },
});

/**
 * F toggles real full screen (Fullscreen API). Where the browser refuses it (an embedding frame,
 * a policy, no API at all), the deck falls back to hiding its own controls so the slide fills the window.
 */
export function useFullscreen(onRefused: (message: string) => void) {
  const t = useLocale();
  const [native, setNative] = useState(() => document.fullscreenElement != null);
  const [fallback, setFallback] = useState(false);

  useEffect(() => {
    const onChange = () => setNative(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    if (fallback) {
      setFallback(false);
      return;
    }
    const refuse = () => {
      setFallback(true);
      onRefused(t.format(messages.refused));
    };
    const root = document.documentElement;
    if (typeof root.requestFullscreen !== 'function') return refuse();
    root.requestFullscreen({ navigationUI: 'hide' }).catch(refuse);
  }, [fallback, onRefused, t]);

  const exitFallback = useCallback(() => setFallback(false), []);
  return { active: native || fallback, fallback, toggle, exitFallback };
}
