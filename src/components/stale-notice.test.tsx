// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { sessionStartedAt } from '@/lib/session';
import { StaleNotice } from './panel-states';

// The full notice is a chunk loaded after the first paint; here it loads only when the test says so.
const chunk = vi.hoisted(() => {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { gate, open };
});
vi.mock('./after-first-paint', async (importOriginal) => {
  await chunk.gate;
  return importOriginal();
});

afterEach(cleanup);

const failure = new ApiError('http', 'The data service answered 503, a fault on its side.', { status: 503 });

function Panel() {
  const query = useQuery({
    queryKey: ['fdi'],
    queryFn: () => Promise.reject(failure),
    retry: true,
    // The next attempt is far off: nothing else will re-render the panel during the test.
    retryDelay: 60_000,
  });
  return <StaleNotice queries={[query]} />;
}

describe('StaleNotice', () => {
  it('says why saved figures could not be refreshed, even when the refresh failed before the notice loaded', async () => {
    const client = new QueryClient();
    client.setQueryData(['fdi'], 1.23, { updatedAt: sessionStartedAt() - 60_000 });
    render(
      <QueryClientProvider client={client}>
        <Panel />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(client.getQueryState(['fdi'])?.fetchFailureReason).toBe(failure));
    chunk.open();
    expect(
      await screen.findByText(/As of your last successful load, .*answered 503, a fault on its side/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Checking for newer figures/)).not.toBeInTheDocument();
    client.clear();
  });
});
