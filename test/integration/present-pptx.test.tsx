import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { deckControls, openDeck } from '../present-helpers';

afterEach(() => vi.restoreAllMocks());

describe('presenter mode: Download PowerPoint (.pptx)', () => {
  it('lists the slides whose data failed and asks before going on; Cancel makes no file', async () => {
    setFaults({ observations: 'error-500' });
    await openDeck();
    const makeUrl = vi.spyOn(URL, 'createObjectURL');
    const button = () => within(deckControls()).getByRole('button', { name: 'Download PowerPoint (.pptx)' });
    await userEvent.click(button());
    const dialog = await screen.findByRole('alertdialog', { name: /Data did not load for \d+ slides/ });
    expect(within(dialog).getByText('Investment and exports')).toBeInTheDocument();
    expect(within(dialog).getByText('Net FDI into Pakistan, and China’s part')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(makeUrl).not.toHaveBeenCalled();

    await userEvent.click(button());
    const again = await screen.findByRole('alertdialog');
    await userEvent.click(within(again).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(deckControls()).getByRole('button', { name: 'Making PowerPoint…' })).toBeDisabled();
  }, 40_000);
});
