import { describe, expect, it } from 'vitest';
import { allocate, mulberry32 } from './allocate';

describe('allocate', () => {
  it('splits a total into whole parts that add up exactly', () => {
    const parts = allocate(10, [1, 1, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(parts).toEqual([4, 3, 3]);
  });

  it('follows the weights', () => {
    expect(allocate(100, [3, 1])).toEqual([75, 25]);
  });

  it('refuses totals and weights it cannot split', () => {
    expect(() => allocate(1.5, [1])).toThrow(/whole number/);
    expect(() => allocate(5, [0, 0])).toThrow(/positive weight/);
  });
});

describe('mulberry32', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
