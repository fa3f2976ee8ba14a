import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

describe('Languages across the app', () => {
  it('keeps the chosen language and number style from page to page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ur');
    expect(await screen.findByRole('combobox', { name: 'زبان' })).toHaveValue('ur');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(screen.getByRole('combobox', { name: 'اعداد' })).toHaveValue('south-asian');
    await user.selectOptions(screen.getByRole('combobox', { name: 'اعداد' }), 'chinese');
    expect(window.location.search).toContain('lang=ur');
    expect(window.location.search).toContain('numbers=chinese');
    const nav = screen.getByRole('navigation', { name: /./ });
    await user.click(within(nav).getAllByRole('link')[1]!);
    expect(window.location.search).toContain('lang=ur');
    expect(window.location.search).toContain('numbers=chinese');
  });

  it('writes no number style while it is the language’s own', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=zh-Hans');
    const numbers = await screen.findByRole('combobox', { name: '数字写法' });
    expect(numbers).toHaveValue('chinese');
    await user.selectOptions(numbers, 'international');
    expect(window.location.search).toContain('numbers=international');
    await user.selectOptions(numbers, 'chinese');
    expect(window.location.search).not.toContain('numbers=');
  });

  it('drops an unknown number style from the link and says so', async () => {
    renderApp('/?numbers=roman');
    expect(await screen.findByText(/numbers=roman/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).not.toContain('numbers='));
  });

  it('puts the header’s switches through the catalogue (pseudo-locale)', async () => {
    renderApp('/?lang=en-XA');
    const switches = await within(screen.getByRole('banner')).findAllByRole('combobox', { name: /^\[.+\]$/ });
    expect(switches).toHaveLength(2);
    for (const select of switches) expect(plainEnglishIn(select.closest('label')!)).toEqual([]);
  });
});
