// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadBoundary } from './load-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('LoadBoundary', () => {
  it('says in its place that a piece could not load, and keeps the rest of the page', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Chart = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <main>
        <h2>Net FDI into Pakistan</h2>
        <LoadBoundary
          fallback={(error) => <p role="alert">Not loaded: {String((error as Error).message)}</p>}
        >
          <Suspense fallback={<p>Loading the chart…</p>}>
            <Chart />
          </Suspense>
        </LoadBoundary>
      </main>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not loaded: Failed to fetch dynamically imported module',
    );
    expect(screen.getByRole('heading', { name: 'Net FDI into Pakistan' })).toBeInTheDocument();
  });

  it('draws the piece when it loads', async () => {
    const Chart = lazy(() => Promise.resolve({ default: () => <p>the chart</p> }));
    render(
      <LoadBoundary fallback={() => <p role="alert">Not loaded</p>}>
        <Suspense fallback={null}>
          <Chart />
        </Suspense>
      </LoadBoundary>,
    );
    expect(await screen.findByText('the chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('draws its children again when its reset key changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(() => Promise.reject(new Error('offline')));
    const page = (path: string) => (
      <LoadBoundary resetKey={path} fallback={() => <p role="alert">Not loaded</p>}>
        <Suspense fallback={null}>{path === '/map' ? <Broken /> : <p>the overview</p>}</Suspense>
      </LoadBoundary>
    );
    const { rerender } = render(page('/map'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    rerender(page('/'));
    expect(await screen.findByText('the overview')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
