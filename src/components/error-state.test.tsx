// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The failure sentences come with the chunk loaded after the first paint; here, when the test says so.
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

describe('ErrorState', () => {
  it('says plainly that the figures failed, with Retry, until the reason in words has loaded', async () => {
    // Unit files share one module graph: a fresh panel-states (and deferred.tsx) sees the held chunk.
    vi.resetModules();
    const { ErrorState } = await import('./panel-states');
    const { ApiError } = await import('@/lib/api-error');
    const failure = new ApiError('http', 'HTTP 503', { status: 503, url: '/api/v1/observations' });
    const onRetry = vi.fn();
    render(<ErrorState error={failure} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('These figures could not be loaded.');
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(onRetry).toHaveBeenCalledOnce();

    chunk.open();
    expect(
      await screen.findByText(/The data service answered 503, a fault on its side\./),
    ).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('These figures could not be loaded.');
  });
});
