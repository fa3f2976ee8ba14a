import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render';

async function loadedCard(name: string) {
  await waitFor(() => expect(screen.getByRole('article', { name })).toHaveAttribute('aria-busy', 'false'));
  return screen.getByRole('article', { name });
}

describe('release freshness from GET /meta', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says when a KPI was updated and when its next release is due, and marks it overdue once past', async () => {
    // Only the clock is faked: the demo API decides "overdue" from today's date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
    renderApp();
    const fdi = await loadedCard('FDI from China');
    expect(
      await within(fdi).findByText(/Updated 19 Jul 2025 · next expected 19 Jul 2026/),
    ).toBeInTheDocument();
    // Net FDI from China and in total: both releases are past due.
    expect(within(fdi).getByText('2 series overdue')).toBeInTheDocument();
  });

  it('does not mark a series whose next release is still ahead', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-15T12:00:00Z'));
    renderApp();
    const fdi = await loadedCard('FDI from China');
    expect(await within(fdi).findByText(/next expected 19 Jul 2026/)).toBeInTheDocument();
    expect(within(fdi).queryByText(/overdue/i)).not.toBeInTheDocument();
  });

  it('shows freshness in the chart frame too', async () => {
    renderApp('/charts/investment');
    const frame = await screen.findByRole('region', { name: 'CPEC headline figures' });
    expect(await within(frame).findByText(/^Updated /)).toBeInTheDocument();
  });
});
