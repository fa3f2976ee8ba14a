import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { renderApp } from './render';

/** Helpers for the presenter-mode tests: by role, name and visible text, as the user sees the deck. */
export const deckControls = () => screen.getByRole('navigation', { name: 'Presentation controls' });
export const currentSlide = () => screen.getByRole('region', { current: true });

/** Steps forward to the slide `id`, as a presenter would: a slide's body renders as the deck nears it. */
export async function stepTo(id: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  await screen.findByRole('region', { current: true }, { timeout: 20_000 });
  for (let i = 0; i < 40 && currentSlide().getAttribute('data-slide-id') !== id; i += 1) {
    await user.keyboard('{ArrowRight}');
  }
  expect(currentSlide()).toHaveAttribute('data-slide-id', id);
  return currentSlide();
}

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
      // The KPI cards (slide 2) are rendered unless the deck opens far from them (use-warm-slides.ts).
      const far = Number(new URLSearchParams(window.location.search).get('slide') ?? 1) > 3;
      if (!far) expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
      expect(screen.queryAllByRole('article', { busy: true })).toHaveLength(0);
      expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    },
    { timeout: 20_000 },
  );
  // The closing sources slides are counted from every slide's figures, some shaped by code that loads
  // lazily after the answers: wait until the number of slides holds still.
  let last = -1;
  let same = 0;
  await waitFor(
    () => {
      const slides = document.querySelectorAll('[aria-roledescription="slide"]').length;
      same = slides === last ? same + 1 : 0;
      last = slides;
      expect(same).toBeGreaterThanOrEqual(4);
    },
    { timeout: 20_000, interval: 100 },
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
