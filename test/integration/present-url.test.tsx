import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentSlide, expectSlide, expectUrlSlide, openDeck } from '../present-helpers';
import { renderApp } from '../render';

describe('presenter mode: the slide lives in the URL', () => {
  it('opens the slide a link names, and writes each move back to the address', async () => {
    const user = userEvent.setup();
    const count = await openDeck('/present?slide=3');
    expectSlide(3, count, 'Investment and exports');
    await user.keyboard('{ArrowRight}');
    expectSlide(4, count, 'Pakistan’s people');
    await expectUrlSlide(4);
    await user.keyboard('{End}');
    await expectUrlSlide(count);
  });

  it('never writes the first slide: the plain address is slide 1', async () => {
    const user = userEvent.setup();
    const count = await openDeck('/present?slide=2');
    await user.keyboard('{Home}');
    expectSlide(1, count);
    await expectUrlSlide(null);
    expect(window.location.pathname).toBe('/present');
  });

  it('opens the last slide for a number past the end, and the first for nonsense', async () => {
    const count = await openDeck('/present?slide=99');
    expectSlide(count, count, /^Sources/);
  });

  it('treats a slide number that is not a number as the first slide', async () => {
    const count = await openDeck('/present?slide=abc');
    expectSlide(1, count);
  });

  it('follows the dashboard filters and says on every slide which ones it shows', async () => {
    const user = userEvent.setup();
    const count = await openDeck('/present?zone=stz-nust&from=2022&to=2025');
    const label = 'Showing: Zones: NUST Islamabad · all sectors · 2022–2025';
    await waitFor(() => expect(within(currentSlide()).getByText(label)).toBeInTheDocument());
    for (let n = 1; n <= count; n += 1) {
      expect(within(currentSlide()).getByText(label)).toBeInTheDocument();
      await user.keyboard('{ArrowRight}');
    }
    // The KPI cards apply the same filters themselves; the deck only shows them.
    await user.keyboard('{Home}2');
    expect(within(currentSlide()).getAllByRole('article')).toHaveLength(3);
  });

  it('keeps national milestones and the selected years on the milestones slide', async () => {
    const user = userEvent.setup();
    await openDeck('/present?zone=stz-nust&from=2022&to=2024');
    while (currentSlide().getAttribute('aria-labelledby') !== 'slide-timeline-title') {
      await user.keyboard('{ArrowRight}');
    }
    const slide = currentSlide();
    expect(within(slide).getByText('STZA–SEDA Letter of Intent')).toBeInTheDocument();
    expect(within(slide).getByText('STZA notifies 4 new STZs')).toBeInTheDocument();
    expect(within(slide).queryByText('STZA launched')).not.toBeInTheDocument();
    expect(within(slide).queryByText(/Islamabad Technopolis/)).not.toBeInTheDocument();
  });

  it('is reached from the dashboard navigation with the filters kept', async () => {
    renderApp('/?zone=stz-nust&from=2022');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    const present = within(pages).getByRole('link', { name: 'Present' });
    expect(present).toHaveAttribute('href', '/present?zone=stz-nust&from=2022');
    await userEvent.setup().click(present);
    expect(await screen.findByRole('navigation', { name: 'Presentation controls' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(currentSlide()).getByText(/^Showing: Zones: NUST Islamabad · all sectors · from 2022$/),
      ).toBeInTheDocument(),
    );
  });
});
