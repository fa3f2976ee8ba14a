import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { captureDownloads } from '../downloads';
import { renderApp } from '../render';

async function table() {
  // The lazy page and its data load first; a busy CI machine can take seconds.
  return screen.findByRole('table', { name: /^Observations/ }, { timeout: 10_000 });
}

describe('explore page', () => {
  it('lists the filtered observations with their provenance and a total where a sum makes sense', async () => {
    renderApp('/explore?indicator=zone-investment&zone=stz-nust,stz-tech7');
    const grid = await table();
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(3));
    const rows = within(grid).getAllByRole('row').slice(1, -1);
    expect(rows.every((r) => /NUST Islamabad|Tech7 Islamabad/.test(r.textContent ?? ''))).toBe(true);
    expect(within(grid).getAllByText('Illustrative').length).toBe(rows.length);
    expect(
      within(grid).getByRole('rowheader', {
        name: /Total, Developer investment by zone \(illustrative\), 2024/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^\d+ rows · Developer investment by zone \(illustrative\)$/),
    ).toBeInTheDocument();
  });

  it('shows both values of a revised figure, and says where the source gives no date', async () => {
    renderApp('/explore?indicator=fdi-net-total&from=2023&to=2023');
    const grid = await table();
    const first = await within(grid).findByRole('row', { name: /US\$1,437,700,000/ });
    expect(first).toHaveTextContent('first-reported');
    expect(first).toHaveTextContent('not given by the source');
    expect(within(grid).getByRole('row', { name: /US\$1,627,000,000/ })).toHaveTextContent('revised');
  });

  it('sorts by a column and keeps the sort in the URL', async () => {
    renderApp('/explore?indicator=fdi-net-china');
    const grid = await table();
    // Numbers sort largest first on the first click, as analysts usually want.
    await userEvent.click(within(grid).getByRole('button', { name: /^Value/ }));
    await waitFor(() => expect(window.location.search).toContain('sort=value.desc'));
    await waitFor(() => expect(within(grid).getAllByRole('row')[1]).toHaveTextContent('US$1,227,000,000'));
    expect(within(grid).getByRole('columnheader', { name: /Value/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.click(within(grid).getByRole('button', { name: /^Value/ }));
    await waitFor(() => expect(within(grid).getAllByRole('row')[1]).toHaveTextContent('US$131,000,000'));
    expect(window.location.search).toContain('sort=value.asc');
  });

  it('hides a column from the Columns menu', async () => {
    renderApp('/explore?indicator=ict-exports');
    const grid = await table();
    await userEvent.click(screen.getByRole('button', { name: /^Columns/ }));
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: /As of/ }));
    await waitFor(() => expect(window.location.search).toContain('hide=asOf'));
    expect(within(grid).queryByRole('columnheader', { name: /As of/ })).not.toBeInTheDocument();
    // The menu loads on that first press (a plain button until then); closing it gives focus back.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: /^Columns/ })).toHaveFocus());
  });

  it('says which rows cannot be broken down by the zone filter, and can hide them', async () => {
    renderApp('/explore?zone=stz-nust');
    expect(
      await screen.findByText(
        /national or provincial rows cannot be broken down by zone or sector and are shown unfiltered/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Hide figures that cannot be broken down/ }));
    await waitFor(() => expect(screen.queryByText(/shown unfiltered/)).not.toBeInTheDocument());
    // The rows follow the answer in a deferred render (use-explore-table.ts).
    const grid = await table();
    await waitFor(() => {
      const rows = within(grid).getAllByRole('row').slice(1);
      expect(
        rows.every(
          (r) =>
            (r.textContent ?? '').includes('NUST Islamabad') || (r.textContent ?? '').startsWith('Total'),
        ),
      ).toBe(true);
    });
  });

  it('exports the rows as CSV with provenance and the filters in a preamble', async () => {
    const created = captureDownloads();
    renderApp('/explore?indicator=fdi-net-china&from=2024');
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const lines = Papa.parse<string[]>((await created[0]?.text()) ?? '').data;
    // Stable ids first, whatever the language; then the preamble, the header row, the rows.
    expect(lines[0]).toEqual([
      'place',
      'place_id',
      'place_type',
      'sector',
      'sector_id',
      'indicator',
      'indicator_id',
      'vintage',
      'period',
      'period_id',
      'value',
      'qualifier',
      'unit',
      'provenance',
      'source',
      'source_url',
      'as_of',
      'definition',
      'method',
      'copied_from',
      'note',
    ]);
    const header = lines.findIndex((l) => l[0] === 'Zone or place');
    expect(lines.slice(1, header).flat()).toContain('Showing: All zones · all sectors · from 2024 (FY2024)');
    expect(lines.slice(1, header).flat()).toContain('Indicator: Net FDI from China');
    expect(lines[header]?.slice(0, 3)).toEqual(['Zone or place', 'Place code', 'Place type']);
    expect(lines.find((l) => l[9] === 'FY2025' && l[7] === '')?.slice(0, 14)).toEqual([
      'Pakistan',
      'PAK',
      'country',
      '',
      '',
      'Net FDI from China',
      'fdi-net-china',
      '',
      'FY2025 (Jul 2024–Jun 2025)',
      'FY2025',
      '1227000000',
      '',
      'USD',
      'sourced',
    ]);
    vi.restoreAllMocks();
  });

  it('exports what the screen says of each figure: a floor, the definition, the method (#12)', async () => {
    const created = captureDownloads();
    const { unmount } = renderApp('/explore?indicator=licensed-enterprises');
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    // The source said "20+": the CSV's 20 says it is a floor.
    expect(await created[0]?.text()).toMatch(/,Aug 2022,2022-08,20,more-than,count,sourced,/);
    unmount();
    renderApp('/explore?indicator=stz-count');
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const zones = (await created[1]?.text()) ?? '';
    expect(zones).toMatch(/,16,,count,sourced,.*,existing plus newly notified zones \(STZA\),,/);
    expect(zones).toMatch(
      /,23,,count,estimate,.*,zones cited by the IT Ministry \(counting unclear\),As the IT Ministry was quoted;/,
    );
    vi.restoreAllMocks();
  });

  it('says how an estimate was made, on its badge in the table (#12 item 7)', async () => {
    renderApp('/explore?indicator=share-age-under-40');
    const row = within(await table())
      .getByText('79%')
      .closest('tr') as HTMLElement;
    const badge = within(row).getByText('Estimate').closest('[data-provenance]') as HTMLElement;
    expect(badge).toHaveAttribute('tabindex', '0');
    expect(badge).toHaveTextContent(/How: Taken from a secondary summary of the 2023 census/);
  });

  it('compares zones side by side and indexes them to a base year', async () => {
    renderApp('/explore?compare=stz-nust,stz-lahore-technopolis&base=2024');
    const compare = await screen.findByRole('table', { name: /Zones side by side/ });
    expect(within(compare).getByRole('columnheader', { name: 'NUST Islamabad' })).toBeInTheDocument();
    expect(within(compare).getAllByText('no figure').length).toBeGreaterThan(0);
    // The chart's chunk (Recharts) loads when a comparison is first drawn.
    expect(
      await screen.findByRole('img', {
        name: /Companies in zones \(illustrative\) for NUST Islamabad and Lahore Technopolis, indexed to 2024 = 100/,
      }),
    ).toBeInTheDocument();
  });

  it('shows an error with Retry in the table panel only', async () => {
    setFaults({ observations: 'error-503' });
    renderApp('/explore');
    expect(await screen.findByText(/answered 503/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Compare zones' })).toBeInTheDocument();
  });
});
