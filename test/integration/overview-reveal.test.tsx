import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render';

const card = (name: string) => screen.getByRole('article', { name });

/**
 * A browser where only the population card is near the viewport, and whose quiet moments the test
 * hands out one at a time.
 */
function phoneScreen() {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  class NearOnlyTheFirstCard {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      const isIntersecting = target.getAttribute('aria-labelledby') === 'kpi-population-title';
      queueMicrotask(() =>
        this.callback([{ isIntersecting, target } as IntersectionObserverEntry], {} as IntersectionObserver),
      );
    }
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', NearOnlyTheFirstCard);
  return { quietMoment: () => idle.shift()?.(), waiting: () => idle.length };
}

describe('overview cards below the first screen', () => {
  afterEach(() => void vi.unstubAllGlobals());

  it('draws the card on screen first, then the others one per quiet moment of the browser', async () => {
    const browser = phoneScreen();
    renderApp();
    await waitFor(() => expect(card('Pakistan population')).toHaveAttribute('aria-busy', 'false'));
    expect(within(card('Pakistan population')).getByText('241.49 million')).toBeInTheDocument();
    // The others keep their title and skeleton, and ask for nothing yet.
    expect(card('Young people')).toHaveAttribute('aria-busy', 'true');
    expect(within(card('Young people')).getByRole('status')).toHaveTextContent('Loading Young people…');
    expect(within(card('SEDA on the Fortune lists')).queryByText('32')).toBeNull();

    browser.quietMoment();
    await waitFor(() => expect(card('Young people')).toHaveAttribute('aria-busy', 'false'));
    expect(within(card('Young people')).getByText('40.56%')).toBeInTheDocument();
    expect(card('SEDA on the Fortune lists')).toHaveAttribute('aria-busy', 'true');

    while (browser.waiting() > 0) browser.quietMoment();
    await waitFor(() => expect(card('SEDA on the Fortune lists')).toHaveAttribute('aria-busy', 'false'));
    expect(screen.getAllByRole('article')).toHaveLength(8);
    for (const article of screen.getAllByRole('article'))
      await waitFor(() => expect(article).toHaveAttribute('aria-busy', 'false'));
  });
});
