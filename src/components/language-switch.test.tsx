// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from './language-provider';
import { LanguageSwitch } from './language-switch';

// The language is read from and written to the address itself (hooks/use-url-state.ts).
function renderSwitch(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <LanguageProvider>
      <LanguageSwitch />
    </LanguageProvider>,
  );
}

const root = document.documentElement;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  root.removeAttribute('lang');
  root.removeAttribute('dir');
  document.getElementById('urdu-font-face')?.remove();
});

describe('the language switch and provider', () => {
  it('offers each language in its own name', () => {
    renderSwitch('');
    const select = screen.getByRole('combobox', { name: 'Language' });
    const options = [...select.querySelectorAll('option')];
    expect(options.map((o) => [o.textContent, o.lang])).toEqual([
      ['English', 'en'],
      ['简体中文', 'zh-Hans'],
      ['اردو', 'ur'],
    ]);
  });

  it('opens in the language of ?lang=, right to left for Urdu, with the Urdu font added', async () => {
    renderSwitch('?lang=ur');
    expect(await screen.findByRole('combobox', { name: 'زبان' })).toHaveProperty('value', 'ur');
    // The provider sets <html lang dir> in an effect after the catalogue's render.
    await waitFor(() => expect(root.lang).toBe('ur'));
    expect(root.dir).toBe('rtl');
    expect(document.getElementById('urdu-font-face')?.textContent).toContain("'Noto Nastaliq Urdu'");
  });

  it('follows the browser when the address has no language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'zh-CN']);
    renderSwitch('');
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveProperty('value', 'zh-Hans');
    await waitFor(() => expect(root.lang).toBe('zh-Hans'));
    expect(root.dir).toBe('ltr');
    expect(document.getElementById('urdu-font-face')).toBeNull();
  });

  it('writes the choice to the address, and English only where the browser would pick otherwise', async () => {
    const user = userEvent.setup();
    renderSwitch('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-Hans');
    expect(await screen.findByRole('combobox', { name: '语言' })).toBeTruthy();
    expect(window.location.search).toBe('?lang=zh-Hans');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(await screen.findByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(window.location.search).toBe('');
    await waitFor(() => expect(root.lang).toBe('en'));
  });

  it('keeps English written for a reader whose browser prefers Urdu', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ur-PK']);
    const user = userEvent.setup();
    renderSwitch('');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'زبان' }), 'en');
    expect(window.location.search).toBe('?lang=en');
    expect(await screen.findByRole('combobox', { name: 'Language' })).toBeTruthy();
  });
});
