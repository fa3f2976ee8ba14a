import { describe, expect, it } from 'vitest';
import { nextToWarm } from './use-warm-slides';

describe('nextToWarm', () => {
  it('renders the next slide, then the previous one, then further out', () => {
    expect(nextToWarm(new Set([4]), 8, 4)).toBe(5);
    expect(nextToWarm(new Set([4, 5]), 8, 4)).toBe(3);
    expect(nextToWarm(new Set([3, 4, 5]), 8, 4)).toBe(6);
  });

  it('starts with the shown slide when it is cold (a jump to a far slide)', () => {
    expect(nextToWarm(new Set([1, 2]), 8, 7)).toBe(7);
  });

  it('stays inside the deck and stops when every slide is rendered', () => {
    expect(nextToWarm(new Set([1]), 3, 1)).toBe(2);
    expect(nextToWarm(new Set([1, 2]), 3, 1)).toBe(3);
    expect(nextToWarm(new Set([1, 2, 3]), 3, 1)).toBeNull();
  });

  it('picks up slides added later (the sources list grows with the data)', () => {
    expect(nextToWarm(new Set([1, 2, 3]), 5, 2)).toBe(4);
  });
});
