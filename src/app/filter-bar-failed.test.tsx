// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterBarFailed } from './filter-bar-failed';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// What Chromium throws when a chunk does not arrive.
const notDownloaded = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost/assets/filter-bar-x1.js',
);

describe('FilterBarFailed', () => {
  it('says the bar could not be downloaded and that the address’s filters still apply', () => {
    window.history.replaceState(null, '', '/?from=2023&zone=stz-nust');
    render(<FilterBarFailed error={notDownloaded} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the page could not be downloaded');
    expect(alert).toHaveTextContent('The filters in the page’s address still apply to the figures below.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('says nothing about filters when the address has none (a theme is no filter)', () => {
    window.history.replaceState(null, '', '/?theme=dark');
    render(<FilterBarFailed error={notDownloaded} />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not be downloaded');
    expect(screen.getByRole('alert')).not.toHaveTextContent('still apply');
  });
});
