import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { endpointPanels, responseFaultMessages, type EndpointPanel } from '../fault-matrix';
import { renderApp } from '../render';

/** The timing rules run on a fake clock: the test moves time, nothing waits for real seconds. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const panel = (e: EndpointPanel) => screen.getByRole(e.role, { name: e.name });

/**
 * Waits, without moving the fake clock, until the panel is mounted: a lazy page arrives by real I/O,
 * which simulated time does not cover (the browser tests do).
 */
async function mounted(e: EndpointPanel) {
  for (let i = 0; i < 5000 && !screen.queryByRole(e.role, { name: e.name }); i += 1)
    await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
}

beforeAll(async () => {
  // Lazy chunks load by real I/O, which a fake clock cannot move: load them once beforehand.
  await Promise.all([
    import('@/features/charts/charts-page'),
    import('@/features/charts/companies-page'),
    import('@/features/map/map-page'),
    import('@/features/explore/explore-page'),
    import('@/features/filters/filter-bar'),
    import('@/app/url-check'),
    import('@/components/after-first-paint'),
  ]);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(endpointPanels)('fault matrix: $resource on $url', (endpoint) => {
  it.each(responseFaultMessages)(
    '%s: within 4 s the panel says what is wrong, in words, with Retry',
    async (fault, message) => {
      setFaults({ [endpoint.resource]: fault });
      renderApp(endpoint.url, { retry: true });
      await mounted(endpoint);
      await advance(4000);
      const box = panel(endpoint);
      expect(within(box).getByText(new RegExp(`${endpoint.service} ${message.source}`))).toBeInTheDocument();
      expect(within(box).getAllByRole('button', { name: /^Retry/ }).length).toBeGreaterThan(0);
      // Never a raw stack.
      expect(within(box).queryByText(/at \S+ \(.*:\d+:\d+\)/)).not.toBeInTheDocument();
      // The rest of the page keeps working.
      expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    },
  );
});

describe('fault matrix: timing rules', () => {
  it('a slow answer says "still loading", never an error, then shows the figures', async () => {
    setFaults({ observations: 'slow' }, { slowMs: 2500 });
    renderApp('/', { retry: true });
    const fdi = () => screen.getByRole('article', { name: 'FDI from China' });
    await advance(2000);
    expect(within(fdi()).getByText('Still loading FDI from China…')).toBeInTheDocument();
    expect(within(fdi()).queryByRole('alert')).not.toBeInTheDocument();
    await advance(1000);
    expect(within(fdi()).getByText('$1.23bn')).toBeInTheDocument();
  });

  it('a silent server: "still loading" first, "not answering" by 4 s, then retries on a schedule', async () => {
    setFaults({ observations: 'timeout' });
    renderApp('/', { retry: true });
    const fdi = () => screen.getByRole('article', { name: 'FDI from China' });
    await advance(2000);
    expect(within(fdi()).getByText('Still loading FDI from China…')).toBeInTheDocument();
    await advance(2000);
    expect(within(fdi()).getByRole('alert')).toHaveTextContent(
      /The data service is not answering\. Retrying in \d+ s\./,
    );
  });

  it('503 with Retry-After: 8 says "retrying in 8 s" and counts down', async () => {
    setFaults({ observations: 'error-503-retry-after' });
    renderApp('/', { retry: true });
    const fdi = () => screen.getByRole('article', { name: 'FDI from China' });
    await advance(200);
    expect(within(fdi()).getByRole('alert')).toHaveTextContent(
      /answered 503, a fault on its side\. Retrying in 8 s\./,
    );
    await advance(3000);
    expect(within(fdi()).getByRole('alert')).toHaveTextContent(/Retrying in 5 s\./);
  });

  it('when every endpoint fails, the circuit opens: one page-wide notice and a bounded number of requests', async () => {
    const requests: string[] = [];
    const { server } = await import('@mocks/node');
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    setFaults({ all: 'error-500' });
    renderApp('/', { retry: true });
    await advance(4000);
    for (const name of ['FDI from China', 'ICT exports', 'Pakistan population'])
      expect(within(screen.getByRole('article', { name })).getByRole('alert')).toHaveTextContent(
        /answered 500/,
      );
    expect(screen.getByText(/Requests are paused and tried again in \d+ s/)).toBeInTheDocument();
    const firstWave = requests.length;
    await advance(20_000);
    // Without the circuit, each of the page's queries would retry on its own (about 50 requests).
    expect(requests.length - firstWave).toBeLessThanOrEqual(6);
    server.events.removeAllListeners();
  });

  it('offline: says so instead of timing out', async () => {
    const { onlineManager } = await import('@tanstack/react-query');
    onlineManager.setOnline(false);
    try {
      renderApp('/', { retry: true });
      await advance(5000);
      expect(screen.getAllByText(/You are offline/).length).toBeGreaterThan(0);
      expect(screen.queryByText(/is not answering/)).not.toBeInTheDocument();
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
