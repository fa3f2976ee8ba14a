import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clearFaults, setFaults, type FaultKind } from '@mocks/handlers/faults';
import { renderApp } from '../render';

const card = (name: string) => screen.getByRole('article', { name });

describe('overview when the data service misbehaves', () => {
  it.each<[FaultKind, RegExp]>([
    ['error-500', /answered 500/],
    ['error-503', /answered 503/],
    ['timeout', /is not answering/],
    ['malformed', /could not be read/],
    ['invalid', /unexpected shape/],
  ])('%s: each card says what went wrong, and Retry recovers', async (fault, message) => {
    setFaults({ observations: fault });
    renderApp();
    const fdi = card('FDI from China');
    expect(await within(fdi).findByText(message)).toBeInTheDocument();
    // The technical detail sits behind a disclosure, never as a raw stack.
    expect(await within(fdi).findByText('Details')).toBeInTheDocument();
    expect(within(fdi).getByText(/\/api\/v1\/observations/)).toBeInTheDocument();
    expect(within(fdi).queryByText(/at \w+ \(/)).not.toBeInTheDocument();
    // The shell still renders around the failed panels: no blank page.
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();

    clearFaults();
    await userEvent.click(within(fdi).getByRole('button', { name: 'Retry' }));
    expect(await within(fdi).findByText('$1.23bn')).toBeInTheDocument();
    // Retrying one card leaves the others as they were.
    expect(within(card('ICT exports')).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('explains an empty answer instead of showing a blank or a zero', async () => {
    setFaults({ observations: 'empty' });
    renderApp();
    const population = card('Pakistan population');
    expect(
      await within(population).findByText(/No figures for this indicator were returned/),
    ).toBeInTheDocument();
    expect(within(population).queryByText(/million/)).not.toBeInTheDocument();
  });

  it('keeps the census figures when only the World Bank fails, and offers a retry for it', async () => {
    setFaults({ worldbank: 'error-503' });
    renderApp();
    const population = card('Pakistan population');
    expect(await within(population).findByText('241.49 million')).toBeInTheDocument();
    expect(await within(population).findByText(/World Bank series unavailable/)).toBeInTheDocument();
    expect(within(card('FDI from China')).queryByRole('alert')).not.toBeInTheDocument();

    clearFaults();
    await userEvent.click(within(population).getByRole('button', { name: 'Retry World Bank' }));
    expect(await within(population).findByText('247.5 million')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(population).queryByText(/World Bank series unavailable/)).not.toBeInTheDocument(),
    );
  });

  it('shows skeletons that reserve the space while a slow answer is on its way', async () => {
    setFaults({ observations: 'slow' }, { slowMs: 300 });
    renderApp();
    const fdi = card('FDI from China');
    expect(within(fdi).getByRole('status')).toHaveTextContent('Loading FDI from China');
    expect(await within(fdi).findByText('$1.23bn')).toBeInTheDocument();
  });
});
