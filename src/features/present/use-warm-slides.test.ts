import { describe, expect, it } from 'vitest';
import { nextToWarm } from './use-warm-slides';

describe('nextToWarm', () => {
  it('renders the next slide, then the previous one, and nothing further', () => {
    expect(nextToWarm(new Set([4]), 8, 4)).toBe(5);
    expect(nextToWarm(new Set([4, 5]), 8, 4)).toBe(3);
    expect(nextToWarm(new Set([3, 4, 5]), 8, 4)).toBeNull();
  });

  it('starts with the shown slide when it is cold (a jump to a far slide)', () => {
    expect(nextToWarm(new Set([1, 2]), 8, 7)).toBe(7);
    expect(nextToWarm(new Set([1, 2, 7]), 8, 7)).toBe(8);
  });

  it('stays inside the deck', () => {
    expect(nextToWarm(new Set([1]), 3, 1)).toBe(2);
    expect(nextToWarm(new Set([1, 2]), 3, 1)).toBeNull();
    expect(nextToWarm(new Set([3]), 3, 3)).toBe(2);
    expect(nextToWarm(new Set([2, 3]), 3, 3)).toBeNull();
  });
});
