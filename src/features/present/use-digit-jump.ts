import { useCallback, useRef } from 'react';
import { digitJump } from './deck-keys';

/** A second digit within this time refines a number-key jump ("1", "2" → slide 12). */
const DIGIT_WINDOW_MS = 1000;

/** Number keys: returns the slide to jump to for each digit typed, or null. */
export function useDigitJump(count: number): (digit: number) => number | null {
  const state = useRef({ buffer: '', at: 0 });
  return useCallback(
    (digit: number) => {
      const now = Date.now();
      const buffer = now - state.current.at < DIGIT_WINDOW_MS ? state.current.buffer : '';
      const jump = digitJump(buffer, digit, count);
      state.current = { buffer: jump.buffer, at: now };
      return jump.slide;
    },
    [count],
  );
}
