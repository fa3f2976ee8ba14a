import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentSlide as current, deckControls as controls, expectSlide, openDeck } from '../present-helpers';

afterEach(() => vi.restoreAllMocks());

describe('presenter mode: keyboard', () => {
  it('steps through every slide with the right arrow, each with its title, footer and number', async () => {
    const user = userEvent.setup();
    const count = await openDeck();
    expect(count).toBeGreaterThanOrEqual(7);
    expectSlide(1, count, 'China–Pakistan technology cooperation');
    const titles: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      expectSlide(n, count);
      titles.push(current().getAttribute('aria-labelledby') ?? '');
      expect(
        within(current()).getByText(/^Showing: All zones · all sectors · all years$/),
      ).toBeInTheDocument();
      await user.keyboard('{ArrowRight}');
    }
    expectSlide(count, count, /^Sources/);
    expect(new Set(titles).size).toBe(count);
    expect(titles).toEqual(
      expect.arrayContaining(['slide-kpi-zones-title', 'slide-map-title', 'slide-timeline-title']),
    );
    // Every slide, with its map and KPI cards, renders in jsdom: allow for a slow machine.
  }, 40_000);

  it('goes back, to the ends and by number with the other keys', async () => {
    const user = userEvent.setup();
    const count = await openDeck();
    await user.keyboard('{End}');
    expectSlide(count, count, /^Sources/);
    await user.keyboard('{ArrowLeft}');
    expectSlide(count - 1, count);
    await user.keyboard('{Home}');
    expectSlide(1, count);
    await user.keyboard('3');
    expectSlide(3, count, 'Investment and exports');
    await user.keyboard('{PageDown}');
    expectSlide(4, count, 'Pakistan’s people');
    await user.keyboard('{PageUp}');
    expectSlide(3, count);
    await user.keyboard(' ');
    expectSlide(4, count);
    await user.keyboard('{ArrowUp}');
    expectSlide(3, count);
    await user.keyboard('{ArrowDown}');
    expectSlide(4, count);
  });

  it('stops at the first and the last slide', async () => {
    const user = userEvent.setup();
    const count = await openDeck();
    await user.keyboard('{ArrowLeft}');
    expectSlide(1, count);
    expect(within(controls()).getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.keyboard('{End}{ArrowRight}');
    expectSlide(count, count);
    expect(within(controls()).getByRole('button', { name: /Next/ })).toBeDisabled();
  });

  it('Escape leaves for the dashboard and keeps the filters', async () => {
    const user = userEvent.setup();
    document.title = 'Tech Corridor';
    await openDeck('/present?zone=stz-nust&from=2022&slide=2');
    expect(document.title).toBe('Present · Tech Corridor');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(document.title).toBe('Tech Corridor');
    expect(window.location.pathname).toBe('/');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('zone')).toBe('stz-nust');
    expect(params.get('from')).toBe('2022');
    expect(params.has('slide')).toBe(false);
  });

  it('F asks the browser for full screen and hides the controls where it refuses', async () => {
    const user = userEvent.setup();
    await openDeck();
    const request = vi.fn().mockRejectedValue(new Error('denied'));
    document.documentElement.requestFullscreen = request;
    await user.keyboard('f');
    expect(request).toHaveBeenCalled();
    expect(await screen.findByText(/did not allow full screen/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Presentation controls' })).not.toBeInTheDocument();
    await user.keyboard('f');
    expect(screen.getByRole('navigation', { name: 'Presentation controls' })).toBeInTheDocument();
    delete (document.documentElement as Partial<HTMLElement>).requestFullscreen;
  });

  it('N opens the speaker notes window for the same filters, and says so when pop-ups are blocked', async () => {
    const user = userEvent.setup();
    await openDeck('/present?sector=fintech');
    const open = vi
      .spyOn(window, 'open')
      .mockReturnValueOnce({} as Window)
      .mockReturnValueOnce(null);
    await user.keyboard('n');
    expect(open).toHaveBeenCalledWith(
      '/present/notes?sector=fintech',
      'tech-corridor-notes',
      expect.any(String),
    );
    await user.click(within(controls()).getByRole('button', { name: 'Speaker notes' }));
    expect(await screen.findByText(/blocked the notes window/)).toBeInTheDocument();
  });

  it('shows no navigation chrome and lists Present, not the notes window, in the dashboard navigation', async () => {
    await openDeck();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
    await userEvent.setup().keyboard('{Escape}');
    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    await waitFor(() => expect(within(pages).getByRole('link', { name: 'Present' })).toBeInTheDocument());
    expect(within(pages).queryByRole('link', { name: 'Speaker notes' })).not.toBeInTheDocument();
  });
});
