import { parseMessage, type PresentMessage } from './notes-sync';

export interface PresentChannel {
  post: (message: PresentMessage) => void;
  close: () => void;
}

/**
 * One channel per deck (the filters make the deck), so two decks open in two tabs do not steer
 * each other. BroadcastChannel where the browser has it; otherwise localStorage's storage event,
 * which every browser delivers to the other same-origin windows.
 */
export function openPresentChannel(
  deckKey: string,
  onMessage: (message: PresentMessage) => void,
): PresentChannel {
  const name = `tech-corridor-present:${deckKey}`;
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseMessage(event.data);
      if (message) onMessage(message);
    };
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name || event.newValue === null) return;
    try {
      const message = parseMessage((JSON.parse(event.newValue) as { message?: unknown }).message);
      if (message) onMessage(message);
    } catch {
      // Not ours or not JSON: ignore.
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    // A nonce makes repeated messages distinct values, or no storage event would fire.
    post: (message) => localStorage.setItem(name, JSON.stringify({ message, nonce: Math.random() })),
    close: () => window.removeEventListener('storage', onStorage),
  };
}
