import { useCallback, useSyncExternalStore } from 'react';

/** The presenter's own notes per slide, kept in this browser only (localStorage), never sent anywhere. */
const PREFIX = 'tech-corridor:notes:';
const listeners = new Set<() => void>();

export function readStoredNote(slideId: string): string {
  try {
    return localStorage.getItem(PREFIX + slideId) ?? '';
  } catch {
    // Storage can be off (private mode, policy): notes then last as long as the page.
    return '';
  }
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another window (a second notes window, or a reload elsewhere) edited the same notes.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

export function useStoredNote(slideId: string): [string, (text: string) => void] {
  const text = useSyncExternalStore(subscribe, () => readStoredNote(slideId));
  const setText = useCallback(
    (value: string) => {
      try {
        if (value) localStorage.setItem(PREFIX + slideId, value);
        else localStorage.removeItem(PREFIX + slideId);
      } catch {
        // See readStoredNote(): nothing to keep it in.
      }
      for (const listener of listeners) listener();
    },
    [slideId],
  );
  return [text, setText];
}
