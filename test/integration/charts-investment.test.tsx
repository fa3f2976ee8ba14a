import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render';

async function loaded(name: string) {
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
  await within(region).findByRole('tab', { name: 'Chart' });
  return region;
}

const FDI = 'Net FDI into Pakistan, all countries and from China';

describe('charts: investment flows', () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows net FDI, China's part and share, from SBP figures as reported", async () => {
    renderApp('/charts/investment');
    const fdi = await loaded(FDI);
    expect(
      within(fdi).getByText(
        "Net FDI into Pakistan was $2.46bn in FY2025; China's part was $1.23bn (50% of the total), up 90.8% on FY2024's revised $643m.",
      ),
    ).toBeInTheDocument();
    expect(
      within(fdi).getByText(/US dollars by fiscal year \(July–June\), FY2013–FY2025/),
    ).toBeInTheDocument();
    expect(within(fdi).getByText('Dashed tick: first reported, later revised')).toBeInTheDocument();
    expect(within(fdi).getAllByRole('link', { name: 'Business Recorder' }).length).toBeGreaterThan(0);
  });

  it('marks the summary’s computed change as derived, saying how on hover or focus (#12 item 5)', async () => {
    renderApp('/charts/investment');
    const summary = within(await loaded(FDI)).getByText(/up 90\.8% on FY2024's revised \$643m/);
    const badge = within(summary).getByText('Estimate').closest('[data-provenance]') as HTMLElement;
    expect(badge).toHaveAttribute('tabindex', '0');
    expect(badge).toHaveTextContent(/How: Computed by the dashboard from the figures in this chart/);
    // The illustrative split's summary is as weak as its figures: illustrative, not estimate.
    const split = await loaded("Zone developers' investment by zone and sector (illustrative)");
    expect(
      within(within(split).getByText(/^Illustrative split for/)).getByText('Illustrative'),
    ).toBeInTheDocument();
  });

  it('lists first-reported and revised FY2024 figures, and the derived share as an estimate', async () => {
    renderApp('/charts/investment?table=fdi');
    const fdi = await loaded(FDI);
    const row = (text: string) => within(fdi).getByText(text).closest('tr') as HTMLElement;
    expect(within(row('US$568,000,000')).getByText('first reported')).toBeInTheDocument();
    expect(within(row('US$643,000,000')).getByText('revised')).toBeInTheDocument();
    expect(within(row('US$1,901,000,000')).getByText('first reported')).toBeInTheDocument();
    expect(within(row('49.94%')).getByText('Estimate')).toBeInTheDocument();
  });

  it('keeps the SBP and PBS export series on separate charts', async () => {
    renderApp('/charts/investment?table=ict-exports,pbs-it-exports');
    const ict = await loaded('ICT export remittances (State Bank series)');
    const pbs = await loaded('IT services exports (PBS series)');
    expect(within(ict).getByText('US$3,800,000,000')).toBeInTheDocument();
    expect(within(ict).queryByText('US$2,605,340,000')).not.toBeInTheDocument();
    expect(within(pbs).getByText('US$2,605,340,000')).toBeInTheDocument();
    expect(within(pbs).queryByText('US$3,223,000,000')).not.toBeInTheDocument();
    expect(
      within(ict).getByText(
        "ICT export remittances were $3.8bn in FY2025 (a rounded estimate), up 17.9% on FY2024's $3.22bn.",
      ),
    ).toBeInTheDocument();
  });

  it('shows CPEC headline figures as separate dated statements', async () => {
    renderApp('/charts/investment');
    const cpec = await loaded('CPEC headline figures');
    expect(
      within(cpec).getByText(/each a separate statement rather than a series: \$46bn \(stated Apr 2015\)/),
    ).toBeInTheDocument();
    expect(
      within(cpec).getByRole('link', { name: 'AFP via Indo American News, Apr 2015' }),
    ).toBeInTheDocument();
  });

  it('labels the zone × sector investment split as illustrative, and its legend filters every chart', async () => {
    renderApp('/charts/investment');
    const split = await loaded("Zone developers' investment by zone and sector (illustrative)");
    expect(within(split).getByText(/Illustrative figures, not real ones/)).toBeInTheDocument();
    expect(within(split).getByText(/Tech Corridor illustrative generator/)).toBeInTheDocument();
    const key = within(split).getByRole('button', { name: 'AI & robotics' });
    expect(key).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(key);
    await waitFor(() => expect(window.location.search).toContain('sector=ai-robotics'));
    await waitFor(() =>
      expect(within(split).getByRole('button', { name: 'AI & robotics' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    // Other sectors stay in the key so they can be added back.
    expect(within(split).getByRole('button', { name: 'IT & software' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await waitFor(() =>
      expect(within(split).getByText(/AI & robotics is the largest sector/)).toBeInTheDocument(),
    );
    // National figures cannot be split, and say so.
    expect(
      within(screen.getByRole('region', { name: FDI })).getByText(
        /National figures; not broken down by zone or sector/,
      ),
    ).toBeInTheDocument();
  });

  it('downloads the figures as CSV with their provenance', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/charts/investment');
    const fdi = await loaded(FDI);
    await userEvent.click(within(fdi).getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // Stable column ids first, then notes, the header row in the reader's language, the figures.
    expect(lines[0]).toBe(
      'period,series,vintage,value,provenance,source,source_url,as_of,note,method,copied_from',
    );
    const header = lines.findIndex((l) => l.startsWith('Fiscal year,'));
    expect(lines[header]).toBe(
      'Fiscal year,Series,Vintage,Value (USD; share in %),Provenance,Source,Source link,As of,Note,Method,Copied from',
    );
    expect(lines[header + 1]).toMatch(/^FY2013,All countries,,1456000000,sourced,/);
    expect(within(fdi).getByRole('status')).toHaveTextContent(
      'Downloaded net-fdi-into-pakistan-all-countries-and-from-china.csv',
    );
  });
});
