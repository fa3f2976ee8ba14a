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
    expect(within(byZone).getByText('Number of companies (2025 figures)')).toBeInTheDocument();
    expect(
      within(byZone).getByText(
        /^Illustrative split for 2025: Capital Smart Rawalpindi has the largest share/,
      ),
    ).toBeInTheDocument();
    const keys = within(byZone).getByRole('list', {
      name: 'Key to Companies by zone and sector (illustrative)',
    });
    expect(
      within(keys)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual([
      'IT & software',
      'IT-enabled services',
      'AI & robotics',
      'Fintech & blockchain',
      'Electronics & semiconductors',
    ]);
    // Each key repeats the bar's pattern beside its colour and name.
    expect(keys.querySelectorAll('pattern').length).toBe(5);
    // The zone names are the bars' labels, with each zone's total.
    expect(within(byZone).getByText('Capital Smart Rawalpindi')).toBeInTheDocument();
    expect(within(byZone).getByText('total 10')).toBeInTheDocument();
  });

  it('cross-filters: a sector key narrows both illustrative charts, and a second click clears it', async () => {
    renderApp('/charts/companies');
    const byZone = await loaded('Companies by zone and sector (illustrative)');
    await userEvent.click(within(byZone).getByRole('button', { name: 'Fintech & blockchain' }));
    await waitFor(() => expect(window.location.search).toContain('sector=fintech'));
    const byYear = screen.getByRole('region', { name: 'Companies by sector and year (illustrative)' });
    await waitFor(() =>
      expect(within(byYear).getByText(/Fintech & blockchain is the largest sector/)).toBeInTheDocument(),
    );
    await userEvent.click(within(byYear).getByRole('button', { name: 'Fintech & blockchain' }));
    await waitFor(() => expect(window.location.search).not.toContain('sector='));
  });

  it('shows the zones as reported at each date, the ambiguous 2025 figure marked', async () => {
    renderApp('/charts/companies?table=zones-notified');
    const zones = await loaded('Special Technology Zones over time');
    const row = within(zones).getByRole('rowheader', { name: 'Jul 2025' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('23')).toBeInTheDocument();
    expect(within(row).getByText('Estimate')).toBeInTheDocument();
    expect(within(zones).getByText(/16 Aug 2024: STZA notifies four new STZs/)).toBeInTheDocument();
  });

  it("sets SEDA's Fortune 500 claim beside the sourced report, without a trend", async () => {
    renderApp('/charts/companies?table=seda-fortune500');
    const fortune = await loaded('Fortune 500 companies at SEDA: claim against report');
    expect(
      within(fortune).getByText(/The sources disagree, so the gap is not a trend\./),
    ).toBeInTheDocument();
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
