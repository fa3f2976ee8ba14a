/**
 * A filter bar that cannot load: the page says so in its place and keeps working. (Vitest wraps the
 * mock's error, so the page reads it as a fault while drawing; the e2e test blocks the real chunk.)
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render';

vi.mock('@/features/filters/filter-bar', () => {
  throw new TypeError(
    'Failed to fetch dynamically imported module: http://localhost/assets/filter-bar-x1.js',
  );
});

describe('a filter bar that could not load', () => {
  it('says the address’s filters still apply when it has some', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/?from=2023');
    const alert = await screen.findByText(
      /This part of the page could not be (downloaded|shown)/,
      undefined,
      {
        timeout: 8000,
      },
    );
    expect(alert).toHaveTextContent('The filters in the page’s address still apply to the figures below.');
    expect(
      within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Reload the page' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'FDI from China' })).toBeInTheDocument();
  });

  it('says nothing about filters when the address has none', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/');
    const alert = await screen.findByText(
      /This part of the page could not be (downloaded|shown)/,
      undefined,
      {
        timeout: 8000,
      },
    );
    expect(alert).not.toHaveTextContent('still apply');
  });
});
