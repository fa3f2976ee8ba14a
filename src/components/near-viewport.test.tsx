// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from './near-viewport';

/** A stand-in IntersectionObserver (jsdom has none) that the test triggers by hand. */
function fakeObserver() {
  const observers: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit }[] = [];
  class Fake {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      observers.push({ callback, options });
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Fake);
  const enter = (isIntersecting: boolean) =>
    act(() => {
      for (const o of observers)
        o.callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    });
  return { observers, enter };
}

const chart = <p>the chart</p>;

describe('NearViewport', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('draws at once where nothing can tell what is on screen', () => {
    render(<NearViewport height={300}>{chart}</NearViewport>);
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  it('holds the chart’s height until it comes within a tenth of a screen of the viewport, then keeps it', async () => {
    const { observers, enter } = fakeObserver();
    const { container } = render(<NearViewport height={300}>{chart}</NearViewport>);
    expect(screen.queryByText('the chart')).toBeNull();
    expect(container.querySelector('div')).toHaveStyle({ height: '300px' });
    expect(observers[0]?.options?.rootMargin).toBe('10% 0px');
    await enter(false);
    expect(screen.queryByText('the chart')).toBeNull();
    await enter(true);
    expect(screen.getByText('the chart')).toBeInTheDocument();
    await enter(false);
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  it('draws everything before printing', () => {
    fakeObserver();
    render(<NearViewport height={300}>{chart}</NearViewport>);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });
});
