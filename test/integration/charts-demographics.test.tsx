import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../downloads';
import { renderApp } from '../render';

const frame = (name: string) => screen.getByRole('region', { name });

/** A chart frame once its figures are in: its summary is the last thing to appear. */
async function loaded(name: string) {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
  await within(region).findByRole('tab', { name: 'Chart' });
  return region;
}

describe('charts: demographics', () => {
  it('opens /charts on the demographics page, with the families as links', async () => {
    renderApp('/charts');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Charts: Demographics' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Indicator families' });
    expect(within(nav).getByRole('link', { name: 'Demographics' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Investment flows' })).toHaveAttribute(
      'href',
      '/charts/investment',
    );
    expect(within(nav).getByRole('link', { name: 'Company counts' })).toHaveAttribute(
      'href',
      '/charts/companies',
    );
    await waitFor(() => expect(window.location.pathname).toBe('/charts/demographics'));
  });

  it("shows Pakistan's population from the World Bank with the census beside it, both sourced", async () => {
    renderApp('/charts/demographics');
    const pakistan = await loaded("Pakistan's population");
    expect(
      within(pakistan).getByText('Persons, 2010–2024: World Bank estimate and census counts'),
    ).toBeInTheDocument();
    expect(
      within(pakistan).getByText(
        "Pakistan's population was 251.27 million in 2024 by the World Bank's estimate, up 26.1% since 2010; the 2023 census counted 241.49 million, 6.01 million fewer than the World Bank's figure for that year.",
      ),
    ).toBeInTheDocument();
    const key = within(pakistan).getByRole('list', { name: "Key to Pakistan's population" });
    expect(within(key).getByText('World Bank estimate')).toBeInTheDocument();
    expect(within(key).getByText('Census count (PBS)')).toBeInTheDocument();
    expect(within(pakistan).getByRole('link', { name: 'World Bank WDI' })).toHaveAttribute(
      'href',
      'https://data.worldbank.org/indicator/SP.POP.TOTL',
    );
    // The World Bank rows are a copy: the source line names the mirror they came from (#12).
    expect(within(pakistan).getByRole('link', { name: /as mirrored in GitH/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/github\.com\//),
    );
    expect(within(pakistan).getByRole('link', { name: 'Daily Pakistan' })).toBeInTheDocument();
    expect(within(pakistan).getByRole('link', { name: 'BOL News, May 2021' })).toBeInTheDocument();
  });

  it("downloads the World Bank figures naming the copy they came from, with WDI's date left out (#12)", async () => {
    const blobs = captureDownloads();
    renderApp('/charts/demographics');
    const pakistan = await loaded("Pakistan's population");
    await userEvent.click(within(pakistan).getByRole('button', { name: 'Download CSV' }));
    const text = (await blobs[0]?.text()) ?? '';
    const wb = text.split('\r\n').find((line) => line.includes('World Bank WDI (SP.POP.TOTL)'));
    // as_of empty (the copy states no WDI date), then note, method, and the copy named with its link.
    expect(wb).toMatch(
      /,https:\/\/data\.worldbank\.org\/indicator\/SP\.POP\.TOTL,,.*,.*mirrored.* https:\/\/github\.com\//,
    );
    vi.restoreAllMocks();
  });

  it('marks the cooperation milestones on the time axis and lists them', async () => {
    renderApp('/charts/demographics');
    const pakistan = await loaded("Pakistan's population");
    const milestones = within(pakistan).getByRole('list', {
      name: 'Cooperation milestones marked on the chart',
    });
    const items = within(milestones)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining('4 Oct 2021: STZA Act 2021 in force'),
      expect.stringContaining('7 Feb 2022: STZA–ZBRA Letter of Intent'),
      expect.stringContaining('1 Aug 2022: STZA–SEDA Letter of Intent'),
      expect.stringContaining('28 Nov 2022: S&T Cooperation Centre opens in Beijing'),
      expect.stringContaining('16 Aug 2024: STZA notifies 4 new STZs'),
    ]);
    // Each milestone links to the report of its date (#12 item 3).
    expect(within(milestones).getByRole('link', { name: 'The Nation' })).toHaveAttribute(
      'href',
      expect.stringContaining('16-Aug-2024'),
    );
    // The same numbers are drawn on the chart as marker badges (axis labels are years and millions);
    // Recharts may draw them a turn after the panel settles, so this waits for them.
    const badges = await within(pakistan).findAllByText(/^\d$/, { selector: 'svg text' });
    expect(badges.map((t) => t.textContent)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('shows every figure exactly in the table view, which the address keeps', async () => {
    renderApp('/charts/demographics');
    const pakistan = await loaded("Pakistan's population");
    await userEvent.click(within(pakistan).getByRole('tab', { name: 'Table' }));
    expect(within(pakistan).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    const table = within(pakistan).getByRole('table', { name: "Pakistan's population" });
    const census2023 = within(table).getByText('241,490,000').closest('tr') as HTMLElement;
    expect(within(census2023).getByText('Census count (PBS)')).toBeInTheDocument();
    expect(within(census2023).getByText('Sourced')).toBeInTheDocument();
    expect(within(table).getByText('247,504,495')).toBeInTheDocument();
    expect(within(table).getByText('207,680,000')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('table=population-pak'));
  });

  it('reopens a chart as a table from a link', async () => {
    renderApp('/charts/demographics?table=province-population');
    const provinces = await loaded('Population by province');
    expect(within(provinces).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    const punjab = within(provinces).getByRole('rowheader', { name: 'Punjab' }).closest('tr') as HTMLElement;
    expect(within(punjab).getByText('127,680,000')).toBeInTheDocument();
  });

  it('derives the 15–64 share and marks it an estimate, beside the sourced World Bank shares', async () => {
    renderApp('/charts/demographics?table=age-structure-pak');
    const ages = await loaded("Age structure of Pakistan's population");
    const row = within(ages).getAllByText('15–64 (derived)')[0]?.closest('tr') as HTMLElement;
    expect(within(row).getByText('Estimate')).toBeInTheDocument();
    const latest = within(ages)
      .getAllByRole('row')
      .filter((r) => r.textContent?.startsWith('2024'));
    expect(latest.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      '36.68%',
      '59.04%',
      '4.28%',
    ]);
    // The derivation is named as a source, in the source line as on every derived row.
    const footer = within(ages).getByText(/^Sources:/);
    expect(within(footer).getByRole('link', { name: /^Derived: 100 −/ })).toBeInTheDocument();
  });

  it('shows the census and the World Bank side by side where they disagree', async () => {
    renderApp('/charts/demographics');
    const census = await loaded("Pakistan's census count against the World Bank estimate");
    expect(
      within(census).getByText(
        "The 2023 census counted 241.49 million people, 6.01 million (2.4%) fewer than the World Bank's estimate for that year; in 2017 the gap was 15.59 million.",
      ),
    ).toBeInTheDocument();
  });

  it('compares provinces with the national urban share', async () => {
    renderApp('/charts/demographics');
    const urban = await loaded('Urban share by province');
    expect(
      within(urban).getByText(/Sindh is the most urban at 53\.7%.*against 38\.82% nationally/),
    ).toBeInTheDocument();
    expect(frame('Population by province')).toBeInTheDocument();
  });
});
