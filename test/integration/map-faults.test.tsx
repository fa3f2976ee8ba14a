import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearFaults, setFaults } from '@mocks/handlers/faults';
import { renderApp } from '../render';

/** The agreement arcs, found by the hover title each one carries ("SEDA Shenyang → NUST Islamabad: …"). */
const flows = () => screen.queryAllByText(/ → /, { selector: 'title' });

const page = () => screen.findByRole('region', { name: 'Map' });

// The map page is a lazy chunk: its first compile in the test runner can outlast a 5 s wait on a
// loaded machine. Load it once beforehand, so the waits below measure the page, not the compiler.
beforeAll(async () => {
  await import('@/features/map/map-page');
});

describe('map when the data service misbehaves', () => {
  it('says the zones failed inside the map panel, keeps the page, and Retry recovers', async () => {
    setFaults({ zones: 'error-503' });
    renderApp('/map');
    const map = await page();
    expect(await within(map).findByText(/answered 503/)).toBeInTheDocument();
    expect(within(map).getByRole('note')).toHaveTextContent(/Boundaries follow Natural Earth/);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();

    clearFaults();
    await userEvent.click(within(map).getByRole('button', { name: 'Retry' }));
    expect(
      await within(map).findByRole('group', { name: 'Map of China and Pakistan with 18 zones' }),
    ).toBeInTheDocument();
  });

  it('shows the same error with Retry in the list view', async () => {
    setFaults({ zones: 'timeout' });
    renderApp('/map?view=list');
    const map = await page();
    expect(await within(map).findByText(/is not answering/)).toBeInTheDocument();
    expect(within(map).queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains an empty zone list instead of drawing an empty map', async () => {
    setFaults({ zones: 'empty' });
    renderApp('/map');
    const map = await page();
    expect(await within(map).findByText(/No zones were returned/)).toBeInTheDocument();
    expect(within(map).queryByRole('group', { name: /^Map of/ })).not.toBeInTheDocument();
  });

  it('keeps the markers when only the figures fail: one size, no flows, and a retry', async () => {
    setFaults({ observations: 'error-500' });
    renderApp('/map');
    const map = await page();
    expect(await within(map).findByText(/Zone figures unavailable/)).toBeInTheDocument();
    expect(
      within(map).getByRole('button', { name: /^Lahore Technopolis, Lahore: launched, one of 2/ }),
    ).toBeInTheDocument();
    expect(flows()).toHaveLength(0);

    clearFaults();
    await userEvent.click(within(map).getByRole('button', { name: 'Retry figures' }));
    await waitFor(() => expect(flows()).toHaveLength(8));
    expect(within(map).queryByText(/Zone figures unavailable/)).not.toBeInTheDocument();
  });

  it('hides the flows when the agreements cannot be loaded, and says so', async () => {
    setFaults({ events: 'malformed' });
    renderApp('/map');
    const map = await page();
    expect(await within(map).findByText(/Agreements unavailable: .*could not be read/)).toBeInTheDocument();
    expect(flows()).toHaveLength(0);
    expect(within(map).getAllByRole('button', { name: /Chinese counterpart/ })).toHaveLength(2);
  });

  it('reserves the map’s space with a loading state while zones are slow', async () => {
    setFaults({ zones: 'slow' }, { slowMs: 300 });
    renderApp('/map');
    const map = await page();
    expect(within(map).getByText('Loading map…')).toBeInTheDocument();
    expect(await within(map).findByRole('group', { name: /^Map of/ })).toBeInTheDocument();
  });
});
