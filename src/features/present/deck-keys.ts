/** Keyboard commands of the present view, as pure functions so the mapping is unit-tested. */
export type DeckCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'fullscreen' }
  | { type: 'pause' }
  | { type: 'notes' }
  | { type: 'print' }
  | { type: 'leave' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target instanceof HTMLElement)) return false;
  return TYPING.has(target.tagName) || target.isContentEditable;
}

/** Space and Enter already activate a focused button or link; they must not also turn the slide. */
function isActivating(key: string, target: EventTarget | null): boolean {
  if (key !== ' ' && key !== 'Enter') return false;
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

/**
 * The command for a key. → and ← mean next and previous in reading order: in a right-to-left
 * language (Urdu) ← points where the reader goes, so it is next (docs/i18n.md, "Deck keys").
 * ↓, Space and PageDown are next in every direction.
 */
export function commandForKey(event: KeyLike, dir: 'ltr' | 'rtl' = 'ltr'): DeckCommand | null {
  // Ctrl/Cmd+P goes through the deck's own printing, which waits for figures still loading and
  // asks about slides with data missing; the browser's would print skeletons early in the deck.
  if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'p' || event.key === 'P'))
    return { type: 'print' };
  // Other Ctrl/Cmd shortcuts (copy, zoom) stay the browser's.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target) || isActivating(event.key, event.target)) return null;
  if (event.key === 'ArrowRight') return { type: dir === 'rtl' ? 'prev' : 'next' };
  if (event.key === 'ArrowLeft') return { type: dir === 'rtl' ? 'next' : 'prev' };
  switch (event.key) {
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'p':
    case 'P':
      return { type: 'pause' };
    case 'n':
    case 'N':
      return { type: 'notes' };
    case 'Escape':
      return { type: 'leave' };
  }
  return /^[0-9]$/.test(event.key) ? { type: 'digit', digit: Number(event.key) } : null;
}

/** 1-based target of a move; next and previous stop at the ends (auto-advance wraps on its own). */
export function moveTo(current: number, count: number, type: 'next' | 'prev' | 'first' | 'last'): number {
  if (type === 'first') return 1;
  if (type === 'last') return count;
  return clampSlide(current + (type === 'next' ? 1 : -1), count);
}

export const clampSlide = (slide: number, count: number): number =>
  Math.min(Math.max(1, Math.trunc(slide)), Math.max(1, count));

/**
 * Number keys jump at once; a second digit typed soon after refines the jump ("1" then "2" → 12)
 * when that slide exists, so decks longer than nine slides need no Enter key.
 */
export function digitJump(
  buffer: string,
  digit: number,
  count: number,
): { slide: number | null; buffer: string } {
  const joined = Number(`${buffer}${digit}`);
  if (buffer && joined >= 1 && joined <= count) return { slide: joined, buffer: `${buffer}${digit}` };
  if (digit >= 1 && digit <= count) return { slide: digit, buffer: String(digit) };
  return { slide: null, buffer: '' };
}
