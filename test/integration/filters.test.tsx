import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const filters = () => screen.getByRole('region', { name: 'Filters' });

describe('filters kept in the URL', () => {
  it('restores filters from a link and says what every panel shows', async () => {
    renderApp('/?zone=stz-nust,stz-mindbridge&sector=it-software&from=2021&to=2025');
    expect(
      await within(await screen.findByRole('region', { name: 'Filters' })).findByText(
        'Showing: NUST Islamabad, Mindbridge Lahore · IT & software · 2021–2025 (FY2021–FY2025)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/shown unfiltered/);
  });

  it('narrows the KPI cards by the period filter', async () => {
    renderApp('/?to=2023');
    const fdi = screen.getByRole('article', { name: 'FDI from China' });
    expect(await within(fdi).findByText('$432m')).toBeInTheDocument();
    expect(within(fdi).getByText('vs FY2022')).toBeInTheDocument();
  });

  it('drops unknown zones, malformed years and backwards ranges with a dismissible notice', async () => {
    renderApp('/?zone=stz-nust,stz-atlantis&from=abc&sector=it-software');
    const notice = await screen.findByText(/could not be used and was ignored/);
    const box = notice.closest('[role="status"]') as HTMLElement;
    expect(within(box).getByText('zone=stz-atlantis')).toBeInTheDocument();
    expect(within(box).getByText('from=abc')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?zone=stz-nust&sector=it-software'));
    // The valid part of the view still loads.
    expect(
      await within(filters()).findByText(/Showing: NUST Islamabad · IT & software · all years/),
    ).toBeInTheDocument();
    await userEvent.click(within(box).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('picks the period from two year menus, and "Any" opens an end again', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const bar = await screen.findByRole('region', { name: 'Filters' });
    const from = await within(bar).findByRole('combobox', { name: 'From' });
    expect(within(from).getByRole('option', { name: '2022 / FY2022' })).toBeInTheDocument();
    await user.selectOptions(from, '2022 / FY2022');
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'To' }), '2024 / FY2024');
    await waitFor(() => expect(window.location.search).toBe('?from=2022&to=2024'));
    expect(
      within(bar).getByText('Showing: All zones · all sectors · 2022–2024 (FY2022–FY2024)'),
    ).toBeInTheDocument();
    await user.selectOptions(from, 'Any');
    await waitFor(() => expect(window.location.search).toBe('?to=2024'));
    expect(from).toHaveValue('any');
  });

  it('reports a range that ends before it starts', async () => {
    renderApp('/?from=2025&to=2021');
    expect(await screen.findByText('from–to=2025–2021')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('removes one filter from its chip, then clears all, writing only non-default values', async () => {
    renderApp('/?zone=stz-nust&sector=it-software&from=2022');
    const bar = await screen.findByRole('region', { name: 'Filters' });
    await userEvent.click(await within(bar).findByRole('button', { name: 'Remove IT & software' }));
    await waitFor(() => expect(window.location.search).toBe('?zone=stz-nust&from=2022'));
    await userEvent.click(within(bar).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(within(bar).getByText('Showing: All zones · all sectors · all years')).toBeInTheDocument();
  });

  it('chooses zones from a searchable, grouped list by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const bar = await screen.findByRole('region', { name: 'Filters' });
    await user.click(await within(bar).findByRole('button', { name: /^Zones/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose zones' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search zones' }), 'mind');
    const option = await within(dialog).findByRole('option', { name: /Mindbridge Lahore/ });
    await user.click(option);
    await waitFor(() => expect(window.location.search).toBe('?zone=stz-mindbridge'));
    await user.keyboard('{Escape}');
    expect(await within(bar).findByText(/Showing: Mindbridge Lahore/)).toBeInTheDocument();
  });

  it('opens a picker at its first press, and gives focus back to its button when closed', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const bar = await screen.findByRole('region', { name: 'Filters' });
    await user.click(await within(bar).findByRole('button', { name: /^Sectors/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose sectors' });
    await user.click(await within(dialog).findByRole('option', { name: /IT & software/ }));
    await waitFor(() => expect(window.location.search).toBe('?sector=it-software'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(within(bar).getByRole('button', { name: /^Sectors/ })).toHaveFocus());
    // The chip of the new filter can be removed (React Aria's TagGroup, loaded with the first filter).
    await user.click(await within(bar).findByRole('button', { name: 'Remove IT & software' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('keeps the theme choice in the URL and on the page', async () => {
    renderApp('/');
    await userEvent.click(screen.getByRole('button', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(window.location.search).toBe('?theme=dark');
    await userEvent.click(screen.getByRole('button', { name: 'System' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });
});
