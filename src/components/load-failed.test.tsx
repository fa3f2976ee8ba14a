// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPlace } from './lazy-place';
import { LazyTrigger } from './lazy-trigger';
import { isDownloadFailure } from './load-failed';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// What Chromium throws when a chunk does not arrive.
const notDownloaded = () =>
  new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/chart-x1.js');

describe('isDownloadFailure', () => {
  it("tells a chunk that did not arrive from a fault in the dashboard's own code", () => {
    expect(isDownloadFailure(notDownloaded())).toBe(true);
    expect(isDownloadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isDownloadFailure(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isDownloadFailure(new TypeError("Cannot read properties of undefined (reading 'map')"))).toBe(
      false,
    );
    expect(isDownloadFailure('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('LazyPlace', () => {
  it('says in its place that the piece could not be downloaded, with a reload, and keeps the rest', async () => {
    // React reports the caught error on the console; that is the scenario.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Chart = lazy(() => Promise.reject(notDownloaded()));
    render(
      <main>
        <h2>Compare zones</h2>
        <LazyPlace loading={<p>Loading the chart…</p>}>
          <Chart />
        </LazyPlace>
      </main>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /This part of the page could not be downloaded: you may be offline/,
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Compare zones' })).toBeInTheDocument();
  });

  it('says a piece that failed while drawing could not be shown, not that it was not downloaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'map')");
    };
    render(
      <LazyPlace loading={null}>
        <Broken />
      </LazyPlace>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This part of the page could not be shown.');
  });
});

describe('LazyTrigger', () => {
  it('keeps its button and says beside it that the popup could not be downloaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Popup = lazy(() => Promise.reject(notDownloaded()));
    render(
      <LazyTrigger className={undefined} popup="menu" label="Columns" preload={() => undefined}>
        <Popup />
      </LazyTrigger>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be downloaded/);
    expect(screen.getByRole('button', { name: 'Columns' })).toBeInTheDocument();
  });
});
