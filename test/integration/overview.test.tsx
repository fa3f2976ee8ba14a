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

  it('shows both SEDA Fortune 500 counts and claims no trend between them', async () => {
    renderApp();
    const fortune = await loadedCard('SEDA Fortune 500 companies');
    expect(within(fortune).getByText('84')).toBeInTheDocument();
    expect(within(fortune).getByText('32')).toBeInTheDocument();
    expect(within(fortune).getByText('Announcement')).toBeInTheDocument();
    expect(within(fortune).getByText(/Sources disagree/)).toBeInTheDocument();
  });

  it('gives FDI from China for the latest fiscal year with its change against the revised prior year', async () => {
    renderApp();
    const fdi = await loadedCard('FDI from China');
    expect(within(fdi).getByText('$1.23bn')).toBeInTheDocument();
    expect(within(fdi).getByText('FY2025 (Jul 2024–Jun 2025)')).toBeInTheDocument();
    expect(within(fdi).getByText(/\+90\.8%/)).toBeInTheDocument();
    expect(within(fdi).getByText('vs FY2024')).toBeInTheDocument();
    expect(within(fdi).getByText(/as first reported \(revised to \$643m\)/)).toBeInTheDocument();
    expect(within(fdi).getByText('49.94%')).toBeInTheDocument();
  });

  it('marks the rounded FY2025 ICT export figure as an estimate', async () => {
    renderApp();
    const ict = await loadedCard('ICT exports');
    expect(within(ict).getByText('$3.8bn')).toBeInTheDocument();
    expect(within(ict).getByText('Estimate')).toBeInTheDocument();
    expect(within(ict).getByText(/\+17\.9%/)).toBeInTheDocument();
  });

  it('counts the zones as each source reported them', async () => {
    renderApp();
    const zones = await loadedCard('Special Technology Zones');
    expect(within(zones).getByText('23')).toBeInTheDocument();
    expect(within(zones).getByText(/\+7/)).toBeInTheDocument();
    expect(within(zones).getByText('16')).toBeInTheDocument();
  });

  it('says companies in zones have no later public count than 20+', async () => {
    renderApp();
    const companies = await loadedCard('Companies licensed in zones');
    expect(within(companies).getByText('20+')).toBeInTheDocument();
    expect(within(companies).getByText('No later public count.')).toBeInTheDocument();
  });
});
