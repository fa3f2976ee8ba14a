// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from './language-provider';
import { LazyMultiPicker } from './lazy-multi-picker';

afterEach(cleanup);

describe('a picker that loads when first opened', () => {
  it('makes its options only when pressed, then opens with them', async () => {
    const groups = vi.fn(() => [
      { id: 'pk', label: 'Pakistan', items: [{ id: 'nust', name: 'NUST Islamabad' }] },
    ]);
    render(
      <LanguageProvider>
        <LazyMultiPicker
          label="Zones"
          groups={groups}
          selected={[]}
          onChange={() => {}}
          itemText={(z) => z.name}
        />
      </LanguageProvider>,
    );
    expect(screen.getByRole('button', { name: 'Zones' })).toBeInTheDocument();
    expect(groups).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Zones' }));
    expect(await screen.findByRole('option', { name: /NUST Islamabad/ })).toBeInTheDocument();
    expect(groups).toHaveBeenCalled();
  });
});
