import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const card = (name: string) => screen.getByRole('article', { name });

async function loadedCard(name: string) {
  await waitFor(() => expect(card(name)).toHaveAttribute('aria-busy', 'false'));
  return card(name);
}

describe('executive overview', () => {
  it('names the dashboard and says it runs on demo data', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeInTheDocument();
    expect(screen.getByText('Demo data')).toBeInTheDocument();
  });

  it('shows the 2023 census population with the World Bank estimate beside it, both sourced', async () => {
    renderApp();
    const population = await loadedCard('Pakistan population');
    expect(within(population).getByText('241.49 million')).toBeInTheDocument();
    expect(within(population).getByText(/\+16\.3%/)).toBeInTheDocument();
    expect(within(population).getByRole('link', { name: 'Daily Pakistan' })).toHaveAttribute(
      'href',
      expect.stringContaining('dailypakistan.com.pk'),
    );
    expect(await within(population).findByText('247.5 million')).toBeInTheDocument();
    expect(within(population).getByRole('link', { name: 'World Bank WDI' })).toHaveAttribute(
      'href',
      'https://data.worldbank.org/indicator/SP.POP.TOTL',
    );
    expect(
      within(population).getByRole('img', {
        name: /World Bank population estimate: .* in 2010 to .* in 2024/,
      }),
    ).toBeInTheDocument();
  });

  it("labels the 64% youth claim as the announcement's and leads with the census under-15 share", async () => {
    renderApp();
    const youth = await loadedCard('Young people');
    expect(within(youth).getByText('40.56%')).toBeInTheDocument();
    const claim = within(youth)
      .getByText(/as claimed in the 2022 announcement/)
      .closest('li');
    expect(claim).not.toBeNull();
    expect(within(claim as HTMLElement).getByText('Announcement')).toBeInTheDocument();
    expect(within(claim as HTMLElement).getByText('64%')).toBeInTheDocument();
  });

  it('leads with the sourced Fortune Global 500 count, sets the claimed "Fortune 500" beside it, and claims no trend', async () => {
    renderApp();
    const fortune = await loadedCard('SEDA on the Fortune lists');
    const main = within(fortune).getByRole('group', { name: 'Headline figure' });
    expect(within(main).getByText('32')).toBeInTheDocument();
    expect(within(main).getByText('Sourced')).toBeInTheDocument();
    expect(within(fortune).getByText('Fortune Global 500 companies, reported in 2018')).toBeInTheDocument();
    expect(within(fortune).getByText('84')).toBeInTheDocument();
    expect(within(fortune).getByText(/“Fortune 500” companies, as claimed in 2022/)).toBeInTheDocument();
    expect(within(fortune).getByText('Announcement')).toBeInTheDocument();
    expect(within(fortune).getByText(/Sources disagree and count different lists/)).toBeInTheDocument();
  });

  it('gives FDI from China for the latest fiscal year with its change against the revised prior year', async () => {
    renderApp();
    const fdi = await loadedCard('FDI from China');
    expect(within(fdi).getByText('$1.23bn')).toBeInTheDocument();
    expect(within(fdi).getByText('FY2025 (Jul 2024–Jun 2025)')).toBeInTheDocument();
    const delta = within(fdi).getByRole('group', { name: 'Change' });
    expect(within(delta).getByText('+90.8%')).toBeInTheDocument();
    expect(within(fdi).getByText('vs FY2024 (revised)')).toBeInTheDocument();
    // The change is derived: an estimate that says, on focus, how it was computed.
    // The badge is the element whose own text is its kind.
    const badge = within(delta).getByText('Estimate');
    expect(badge).toHaveAttribute('tabindex', '0');
    expect(
      within(badge).getByText(
        /How: Computed by the dashboard: \$1\.23bn \(FY2025\) ÷ \$643m \(FY2024, revised\) − 1\./,
      ),
    ).toBeInTheDocument();
    // Both FY2024 values: the revised one in the change, the first-reported one beside it.
    expect(
      within(fdi).getByText(/FY2024 as first reported \(20 Jul 2024\); revised \$643m/),
    ).toBeInTheDocument();
    expect(within(fdi).getByText('$568m')).toBeInTheDocument();
    expect(within(fdi).getByText('49.94%')).toBeInTheDocument();
    // The sparkline says what it is drawn from.
    expect(within(fdi).getByText(/How: Drawn by the dashboard from \d+ figures/)).toBeInTheDocument();
  });

  it('marks the rounded FY2025 ICT export figure as an estimate', async () => {
    renderApp();
    const ict = await loadedCard('ICT exports');
    expect(within(ict).getByText('$3.8bn')).toBeInTheDocument();
    const main = within(ict).getByRole('group', { name: 'Headline figure' });
    expect(within(main).getByText('Estimate')).toBeInTheDocument();
    expect(within(main).getByText(/How: Rounded by the source to \$3\.8bn/)).toBeInTheDocument();
    const delta = within(ict).getByRole('group', { name: 'Change' });
    expect(within(delta).getByText('+17.9%')).toBeInTheDocument();
    expect(
      within(delta).getByText(/How: Computed by the dashboard: \$3\.8bn \(FY2025, estimate\)/),
    ).toBeInTheDocument();
  });

  it('counts the zones as each source reported them, and shows no change across definitions', async () => {
    renderApp();
    const zones = await loadedCard('Special Technology Zones');
    const main = within(zones).getByRole('group', { name: 'Headline figure' });
    expect(within(main).getByText('16')).toBeInTheDocument();
    expect(within(zones).getByText('23')).toBeInTheDocument();
    expect(within(zones).getByText('5')).toBeInTheDocument();
    expect(within(zones).queryByText(/\+7/)).not.toBeInTheDocument();
    expect(within(zones).getByText(/^No change shown: the sources count differently/)).toBeInTheDocument();
    expect(
      within(zones).getByText(/zones cited by the IT Ministry \(counting unclear\), Jul 2025/),
    ).toBeInTheDocument();
  });

  it('reads zone names and counts from the data, not from code', async () => {
    renderApp();
    const investment = await loadedCard('Investment in the zones');
    await waitFor(() =>
      expect(
        within(investment).getByText('invested by the developers of the 4 zones notified in Aug 2024'),
      ).toBeInTheDocument(),
    );
    expect(
      within(investment).getByText(/project cost, Pakistan Digital City STZ, Haripur, 2022/),
    ).toBeInTheDocument();
    expect(
      within(investment).getByText('date not given by the source', { exact: false }),
    ).toBeInTheDocument();
    const companies = await loadedCard('Companies licensed in zones');
    expect(
      within(companies).getByText(/investor EOIs, Karachi STZ, Karachi Education City \(Gadap\), Jun 2025/),
    ).toBeInTheDocument();
  });

  it('says companies in zones have no later public count than 20+', async () => {
    renderApp();
    const companies = await loadedCard('Companies licensed in zones');
    expect(within(companies).getByText('20+')).toBeInTheDocument();
    expect(within(companies).getByText('No later public count.')).toBeInTheDocument();
  });
});
