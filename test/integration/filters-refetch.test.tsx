import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { server } from '@mocks/node';
import { renderApp } from '../render';

const requested: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/observations')) requested.push(url.search);
};

describe('filter changes refetch only what changed', () => {
  afterEach(() => {
    server.events.removeListener('request:start', record);
    requested.length = 0;
  });

  it('keeps national KPI figures from the cache when only the zone changes, and refetches on a year change', async () => {
    server.events.on('request:start', record);
    renderApp('/?zone=stz-nust');
    const fdi = screen.getByRole('article', { name: 'FDI from China' });
    expect(await within(fdi).findByText('$1.23bn')).toBeInTheDocument();
    const afterLoad = requested.length;

    const bar = await screen.findByRole('region', { name: 'Filters' });
    await userEvent.click(await within(bar).findByRole('button', { name: 'Remove NUST Islamabad' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(requested.length).toBe(afterLoad);

    window.history.pushState(null, '', '/?to=2023');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await within(fdi).findByText('$432m')).toBeInTheDocument();
    expect(requested.slice(afterLoad).every((search) => search.includes('to=2023'))).toBe(true);
    expect(requested.length).toBeGreaterThan(afterLoad);
  });

  it('keeps the previous figures on screen while the new ones load, instead of flashing skeletons', async () => {
    renderApp('/');
    const fdi = screen.getByRole('article', { name: 'FDI from China' });
    expect(await within(fdi).findByText('$1.23bn')).toBeInTheDocument();
    // Well below the 1200 ms request timeout the tests run with.
    setFaults({ observations: 'slow' }, { slowMs: 200 });
    window.history.pushState(null, '', '/?to=2023');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await within(fdi).findByText(/updating/)).toBeInTheDocument();
    expect(within(fdi).getByText('$1.23bn')).toBeInTheDocument();
    expect(within(fdi).queryByRole('status', { name: /Loading/ })).not.toBeInTheDocument();
    expect(await within(fdi).findByText('$432m')).toBeInTheDocument();
  });
});
