import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { renderApp } from './render';

/** Helpers for the presenter-mode tests: by role, name and visible text, as the user sees the deck. */
export const deckControls = () => screen.getByRole('navigation', { name: 'Presentation controls' });
export const currentSlide = () => screen.getByRole('region', { current: true });

function slideCount(): number {
  const text = within(deckControls()).getByText(/^Slide \d+ of \d+$/).textContent ?? '';
  return Number(/of (\d+)/.exec(text)?.[1]);
}

/**
 * Opens the deck and waits for its figures: the closing sources slides are counted from them.
 * `controls` is the bar's name in the deck's language; the bar is returned.
 */
export async function renderDeck(url: string, controls: string | RegExp): Promise<HTMLElement> {
  renderApp(url);
  const bar = await screen.findByRole('navigation', { name: controls }, { timeout: 20_000 });
  await waitFor(
    () => {
      expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
      expect(screen.queryAllByRole('article', { busy: true })).toHaveLength(0);
      expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    },
    { timeout: 20_000 },
  );
  return bar;
}

/** Opens the deck in English and returns its slide count. */
export async function openDeck(url = '/present'): Promise<number> {
  await renderDeck(url, 'Presentation controls');
  return slideCount();
}

export function expectSlide(number: number, count: number, title?: string | RegExp) {
  expect(within(deckControls()).getByText(`Slide ${number} of ${count}`)).toBeInTheDocument();
  if (title) expect(currentSlide()).toHaveAccessibleName(title);
  expect(within(currentSlide()).getByText(`${number} / ${count}`)).toBeInTheDocument();
}

/** The deck writes the URL through nuqs, which batches updates; wait for it to land. */
export async function expectUrlSlide(slide: number | null) {
  await waitFor(() =>
    expect(new URLSearchParams(window.location.search).get('slide')).toBe(
      slide === null ? null : String(slide),
    ),
  );
}
