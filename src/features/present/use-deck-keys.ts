import { useEffect, useRef } from 'react';
import { useLocale } from '@/components/language-provider';
import { commandForKey, type DeckCommand } from './deck-keys';

/** Listens on the window, so the keys work wherever focus is (except in form fields). */
export function useDeckKeys(onCommand: (command: DeckCommand) => void): void {
  const { dir } = useLocale();
  const latest = useRef({ onCommand, dir });
  useEffect(() => {
    latest.current = { onCommand, dir };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = commandForKey(event, latest.current.dir);
      if (!command) return;
      // Space, arrows and Page keys would otherwise scroll the page behind the slide.
      event.preventDefault();
      latest.current.onCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
