import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

async function loaded(name: string) {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
  await within(region).findByRole('tab', { name: 'Chart' });
  return region;
}

describe('charts: company counts', () => {
  it('stacks the illustrative companies by zone and sector, with colour, pattern and name for each sector', async () => {
    renderApp('/charts/companies');
    const byZone = await loaded('Companies by zone and sector (illustrative)');
    expect(
      within(byZone).getByText(
        "Number of companies: an illustrative split of STZA's one sourced national count (Aug 2022) (2022 figures)",
      ),
    ).toBeInTheDocument();
    expect(
      within(byZone).getByText(
        /^Illustrative split for 2022: Lahore Technopolis has the largest share, 7 of 20/,
      ),
    ).toBeInTheDocument();
    const keys = within(byZone).getByRole('list', {
      name: 'Key to Companies by zone and sector (illustrative)',
    });
    expect(
      within(keys)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['IT & software', 'IT-enabled services', 'AI & robotics', 'Fintech & blockchain']);
    // Each key repeats the bar's pattern beside its colour and name.
    expect(keys.querySelectorAll('pattern').length).toBe(4);
    // The zone names are the bars' labels, with each zone's total (Recharts draws its axis a turn
    // after the bars' frame settles, so this waits for it).
    expect(await within(byZone).findByText('Lahore Technopolis')).toBeInTheDocument();
    expect(within(byZone).getByText('total 7')).toBeInTheDocument();
  });

  it('cross-filters: a sector key narrows the illustrative chart, and a second click clears it', async () => {
    renderApp('/charts/companies');
    const byZone = await loaded('Companies by zone and sector (illustrative)');
    await userEvent.click(within(byZone).getByRole('button', { name: 'Fintech & blockchain' }));
    await waitFor(() => expect(window.location.search).toContain('sector=fintech'));
    await userEvent.click(within(byZone).getByRole('button', { name: 'Fintech & blockchain' }));
    await waitFor(() => expect(window.location.search).not.toContain('sector='));
  });

  it('invents no company totals: the illustrative split is of the sourced August 2022 count only', async () => {
    renderApp('/charts/companies');
    expect(screen.queryByRole('region', { name: /Companies by sector and year/ })).not.toBeInTheDocument();
    const byZone = await loaded('Companies by zone and sector (illustrative)');
    expect(within(byZone).getByText(/of 20 companies across 4 zones/)).toBeInTheDocument();
  });

  it('shows the zones as reported at each date, the ambiguous 2025 figure marked', async () => {
    renderApp('/charts/companies?table=zones-notified');
    const zones = await loaded('Special Technology Zones over time');
    const row = within(zones).getByRole('rowheader', { name: 'Jul 2025' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('23')).toBeInTheDocument();
    expect(within(row).getByText('Estimate')).toBeInTheDocument();
    expect(within(row).getByText('zones cited by the IT Ministry (counting unclear)')).toBeInTheDocument();
    expect(
      within(zones).getByText(/The sources count differently, so no change between them is shown/),
    ).toBeInTheDocument();
    expect(within(zones).getByText(/16 Aug 2024: STZA notifies 4 new STZs/)).toBeInTheDocument();
  });

  it("sets SEDA's Fortune 500 claim beside the sourced Fortune Global 500 report, without a trend", async () => {
    renderApp('/charts/companies?table=seda-fortune500');
    const fortune = await loaded('SEDA on the Fortune lists: report against claim');
    expect(
      within(fortune).getByText(/The sources disagree and name different lists, so the gap is not a trend\./),
    ).toBeInTheDocument();
    expect(within(fortune).getByRole('cell', { name: 'Fortune Global 500' })).toBeInTheDocument();
    const claim = within(fortune).getByRole('rowheader', { name: '2022' }).closest('tr') as HTMLElement;
    expect(within(claim).getByText('84')).toBeInTheDocument();
    expect(within(claim).getByText('Announcement')).toBeInTheDocument();
    const report = within(fortune).getByRole('rowheader', { name: '2018' }).closest('tr') as HTMLElement;
    expect(within(report).getByText('32')).toBeInTheDocument();
    expect(within(report).getByText('Sourced')).toBeInTheDocument();
  });

  it("lists SEDA's named companies with the announcement as their source", async () => {
    renderApp('/charts/companies?table=seda-companies');
    const seda = await loaded('Companies named at SEDA, by sector');
    for (const name of ['BMW Group (BMW Brilliance)', 'Neusoft', 'Pfizer', 'NCR', 'IKEA']) {
      const row = within(seda).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
      expect(within(row).getByText('Announcement')).toBeInTheDocument();
    }
  });
});
