import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { server } from '@mocks/node';
import { CACHE_STORAGE_KEY } from '@/lib/persist-cache';
import { renderApp } from '../render';

const card = (name: string) => screen.getByRole('article', { name });

/** A first visit that loads the overview and leaves its figures saved in localStorage. */
async function firstVisit() {
  const view = renderApp('/', { persist: true });
  expect(await within(card('FDI from China')).findByText('$1.23bn')).toBeInTheDocument();
  await waitFor(() => expect(localStorage.getItem(CACHE_STORAGE_KEY)).toContain('"observations"'), {
    timeout: 4000,
  });
  // Nothing from this visit is labelled old.
  expect(screen.queryByText(/As of your last successful load/)).not.toBeInTheDocument();
  view.unmount();
}

describe('last good figures', () => {
  it('leave a first visit alone: the version check cancels and repeats no request in flight', async () => {
    const requests = new Map<string, number>();
    const count = ({ request }: { request: Request }) =>
      requests.set(request.url, (requests.get(request.url) ?? 0) + 1);
    server.events.on('request:start', count);
    // The observations answer after /meta, as they do from a real server on a first load.
    setFaults({ observations: 'slow' });
    try {
      renderApp('/', { persist: true });
      expect(
        await within(card('FDI from China')).findByText('$1.23bn', {}, { timeout: 8000 }),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', count);
    }
    const observations = [...requests].filter(([url]) => url.includes('/observations'));
    expect(observations.length).toBeGreaterThan(3);
    expect(observations.filter(([, times]) => times > 1)).toEqual([]);
  });

  it('survive a reload with the data service down, labelled as from the last successful load', async () => {
    await firstVisit();
    setFaults({ all: 'error-503' });
    renderApp('/', { persist: true });
    const fdi = card('FDI from China');
    expect(await within(fdi).findByText('$1.23bn')).toBeInTheDocument();
    expect(
      await within(fdi).findByText(/As of your last successful load, .*answered 503/),
    ).toBeInTheDocument();
    expect(within(fdi).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('are discarded when the dataset version has changed', async () => {
    await firstVisit();
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.json({ data: { datasetVersion: 'next-release', lastImportAt: null, indicators: [] } }),
      ),
    );
    setFaults({ observations: 'error-500' });
    renderApp('/', { persist: true });
    const fdi = card('FDI from China');
    expect(await within(fdi).findByText(/answered 500/)).toBeInTheDocument();
    await waitFor(() => expect(within(fdi).queryByText('$1.23bn')).not.toBeInTheDocument());
    expect(within(fdi).queryByText(/As of your last successful load/)).not.toBeInTheDocument();
  });

  it('are not kept past the maximum age or across a new cache format', async () => {
    await firstVisit();
    const saved = JSON.parse(localStorage.getItem(CACHE_STORAGE_KEY) ?? '{}') as { timestamp: number };
    localStorage.setItem(
      CACHE_STORAGE_KEY,
      JSON.stringify({ ...saved, timestamp: saved.timestamp - 4 * 24 * 60 * 60_000 }),
    );
    setFaults({ all: 'error-503' });
    renderApp('/', { persist: true });
    const fdi = card('FDI from China');
    expect(await within(fdi).findByText(/answered 503/)).toBeInTheDocument();
    expect(within(fdi).queryByText('$1.23bn')).not.toBeInTheDocument();
  });
});
