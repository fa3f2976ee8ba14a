import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { server } from '@mocks/node';
import { deckControls, openDeck } from '../present-helpers';

afterEach(() => vi.restoreAllMocks());

const slideNamed = (name: string | RegExp) => screen.getByRole('region', { name });

describe('presenter mode when data fails', () => {
  it('keeps every slide when the API refuses access, says so on each slide and names the gaps on the cover', async () => {
    server.use(http.get('*/api/v1/*', () => HttpResponse.json({ error: 'unauthorised' }, { status: 401 })));
    const count = await openDeck();
    // Every content slide stays, and one sources slide says there is nothing to list.
    for (const title of [
      'Zones and companies',
      'Investment and exports',
      'Pakistan’s people',
      'Net FDI into Pakistan, and China’s part',
      'ICT export remittances',
      'Companies by zone and sector (illustrative)',
      'SEDA on the Fortune lists: report against claim',
      'The corridor on the map',
      'Milestones of the corridor',
      'Sources',
    ])
      expect(slideNamed(title)).toBeInTheDocument();
    expect(count).toBe(11);
    expect(
      within(slideNamed('Sources')).getByText('No figures loaded, so no sources to list'),
    ).toBeInTheDocument();

    const fdi = slideNamed('Net FDI into Pakistan, and China’s part');
    expect(
      within(fdi)
        .getByText(/Data missing on this slide:/)
        .closest('p'),
    ).toHaveTextContent(/refused access \(answered 401/);
    expect(within(fdi).getByRole('button', { name: 'Retry missing data' })).toBeInTheDocument();
    for (const title of [
      'Milestones of the corridor',
      'Companies by zone and sector (illustrative)',
      'SEDA on the Fortune lists: report against claim',
    ])
      expect(within(slideNamed(title)).getByText(/Data missing on this slide:/)).toBeInTheDocument();

    const cover = slideNamed('China–Pakistan technology cooperation');
    expect(
      within(cover).getByText(/^Data did not load for \d+ slides: .*Net FDI into Pakistan/),
    ).toBeInTheDocument();
  }, 40_000);

  it('warns before printing a deck with missing data, and prints only if the presenter agrees', async () => {
    setFaults({ observations: 'error-500' });
    await openDeck();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await userEvent.click(within(deckControls()).getByRole('button', { name: 'Print / PDF' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(confirm.mock.calls[0]?.[0]).toMatch(
      /Data did not load for \d+ slides:[\s\S]*Investment and exports/,
    );
    expect(print).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    await userEvent.click(within(deckControls()).getByRole('button', { name: 'Print / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  }, 40_000);

  it('asks the same before printing with Ctrl+P, which goes through the deck and not the browser', async () => {
    setFaults({ observations: 'error-500' });
    await openDeck();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await userEvent.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(confirm.mock.calls[0]?.[0]).toMatch(/Data did not load for \d+ slides:/);
    expect(print).not.toHaveBeenCalled();
  }, 40_000);

  it('prints without asking when every slide has its data', async () => {
    await openDeck();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const confirm = vi.spyOn(window, 'confirm');
    expect(screen.queryByText(/Data missing on this slide/)).not.toBeInTheDocument();
    await userEvent.click(within(deckControls()).getByRole('button', { name: 'Print / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    await userEvent.keyboard('{Meta>}p{/Meta}');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    expect(confirm).not.toHaveBeenCalled();
  }, 40_000);
});
