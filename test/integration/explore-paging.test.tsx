// The Explore table against a long list: the API pages and sorts, the table shows the total, loads
// the next page as the user scrolls, and the CSV still holds every matching row.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { parsePaging, type PagingQuery } from '@/domain/query';
import { pageObservations } from '@mocks/handlers/paging';
import { server } from '@mocks/node';
import { observation } from '../builders';
import { renderApp } from '../render';

const COUNT = 1200;
const rows = Array.from({ length: COUNT }, (_, i) => ({
  seq: i + 1,
  observation: observation({
    indicatorId: 'zone-companies',
    geoType: 'zone',
    geo: 'stz-nust',
    sectorId: 'it-software',
    period: String(2000 + (i % 25)),
    value: i + 1,
    provenance: { kind: 'illustrative', source: `Generated test figure ${i + 1}`, url: null, asOf: '2026' },
  }),
}));

/** A long list served with the demo API's own paging rules; records what was asked. */
function serveLongList() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/observations', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      return HttpResponse.json(pageObservations(rows, parsePaging(params) as PagingQuery));
    }),
  );
  return asked;
}

const table = () => screen.findByRole('table', { name: /^Observations/ });

describe('explore page with a long list', () => {
  it('shows the first page with the total and asks for the next page on scrolling', async () => {
    const asked = serveLongList();
    renderApp('/explore?indicator=zone-companies');
    expect(await screen.findByText(/^Showing 500 of 1,200 rows/)).toBeInTheDocument();
    const grid = await table();
    expect(grid).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    expect(asked[0]?.get('limit')).toBe('500');
    expect(asked[0]?.get('indicator')).toBe('zone-companies');
    const scroller = screen.getByRole('region', { name: /scrollable/ });
    scroller.scrollTop = 460 * 40;
    fireEvent.scroll(scroller);
    expect(await screen.findByText(/^Showing 1,000 of 1,200 rows/)).toBeInTheDocument();
    expect(asked.at(-1)?.get('cursor')).toBeTruthy();
  });

  it('sorts in the API, across the whole list', async () => {
    const asked = serveLongList();
    renderApp('/explore?indicator=zone-companies');
    const grid = await table();
    await userEvent.click(within(grid).getByRole('button', { name: /^Value/ }));
    await waitFor(() => expect(within(grid).getAllByRole('row')[1]).toHaveTextContent('1,200'));
    expect(asked.at(-1)?.get('sort')).toBe('-value');
    // The unit comes from the indicator, which the API cannot sort by: no sort button.
    expect(within(grid).getByRole('columnheader', { name: 'Unit' })).not.toHaveAttribute('aria-sort');
  });

  it('downloads every matching row, not just the loaded ones', async () => {
    serveLongList();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderApp('/explore?indicator=zone-companies&sort=value.desc');
    await screen.findByText(/^Showing 500 of 1,200 rows/);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const lines = (await created[0]?.text())?.trim().split(/\r?\n/) ?? [];
    const header = lines.findIndex((l) => l.startsWith('Zone or place,'));
    const data = lines.slice(header + 1);
    expect(data).toHaveLength(COUNT);
    expect(data[0]).toMatch(/,1200,,count,illustrative,Generated test figure 1200,/);
    vi.restoreAllMocks();
  });
});
