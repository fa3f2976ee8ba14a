import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { scrollTo } from './virtual-scroller';

const scroller = () => {
  const element = { scrollTo: vi.fn() };
  const instance = { scrollElement: element, options: { horizontal: false } } as unknown as Virtualizer<
    HTMLDivElement,
    Element
  >;
  return { element, instance };
};

describe('scrollTo', () => {
  it('leaves a new scroller where it is when asked for the top, and scrolls every time after', () => {
    const { element, instance } = scroller();
    scrollTo(0, {}, instance);
    expect(element.scrollTo).not.toHaveBeenCalled();
    scrollTo(400, {}, instance);
    scrollTo(0, {}, instance);
    expect(element.scrollTo.mock.calls.map(([to]) => (to as { top: number }).top)).toEqual([400, 0]);
  });

  it('scrolls a new scroller asked for anywhere but the top', () => {
    const { element, instance } = scroller();
    scrollTo(0, { adjustments: 120 }, instance);
    expect(element.scrollTo).toHaveBeenCalledWith({ top: 120, behavior: undefined });
  });
});
