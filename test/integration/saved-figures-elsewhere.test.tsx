import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { CACHE_STORAGE_KEY } from '@/lib/persist-cache';
import { stepTo } from '../present-helpers';
import { renderApp } from '../render';

const COMPARE_URL = '/explore?compare=stz-nust,stz-lahore-technopolis';

/** Renders a page with the browser's copy on, and waits until the copy holds what `saved` names. */
async function visitAndSave(url: string, ready: () => Promise<unknown>, saved: string) {
  const view = renderApp(url, { persist: true });
  await ready();
  await waitFor(() => expect(localStorage.getItem(CACHE_STORAGE_KEY)).toContain(saved), { timeout: 4000 });
  expect(screen.queryByText(/As of your last successful load/)).not.toBeInTheDocument();
  view.unmount();
}

describe('last good figures beyond the overview', () => {
  it('the zone comparison keeps its saved figures when the data service is down, labelled as old', async () => {
    const compareTable = () => screen.findByRole('table', { name: /Zones side by side/ });
    // The comparison's own answer, not merely the zone list that names the same ids.
    await visitAndSave(COMPARE_URL, compareTable, '"zones":["stz-nust","stz-lahore-technopolis"]');
    setFaults({ all: 'error-503' });
    renderApp(COMPARE_URL, { persist: true });
    const compare = screen.getByRole('region', { name: 'Compare zones' });
    expect(await within(compare).findByRole('table', { name: /Zones side by side/ })).toBeInTheDocument();
    expect(
      await within(compare).findByText(/As of your last successful load, .*answered 503/),
    ).toBeInTheDocument();
  });

  it('the milestones slide keeps its saved milestones when the data service is down, labelled as old', async () => {
    const slide = () => screen.getByRole('region', { name: 'Milestones of the corridor' });
    await visitAndSave(
      '/present',
      () =>
        stepTo('timeline').then(() =>
          waitFor(() => expect(within(slide()).getAllByRole('listitem').length).toBeGreaterThan(3), {
            timeout: 15_000,
          }),
        ),
      '"events"',
    );
    setFaults({ all: 'error-503' });
    renderApp('/present', { persist: true });
    await stepTo('timeline');
    await waitFor(() => expect(within(slide()).getAllByRole('listitem').length).toBeGreaterThan(3), {
      timeout: 15_000,
    });
    expect(
      await within(slide()).findByText(/As of your last successful load, .*answered 503/),
    ).toBeInTheDocument();
    expect(within(slide()).queryByText(/Data missing on this slide/)).not.toBeInTheDocument();
  }, 40_000);
});
