import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { fixtures } from '@mocks/data/fixtures';
import { server } from '@mocks/node';
import { renderApp } from '../render';

const zoneCount = fixtures.zones.length;
const zoneTable = () => screen.findByRole('table', { name: /^Zones on the map/ });
const leftOut = () => screen.findByText(/Some records were left out because they failed validation/);

/** No link from the API may run script, whatever it carried. */
function expectNoScriptLinks() {
  const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  expect(hrefs.filter((h) => !/^(https?:|\/|#|\?|mailto:)/i.test(h))).toEqual([]);
}

describe('hostile and odd records: one bad record fails itself, not the page', () => {
  it('a javascript: link fails its record, which is reported; the other zones stay', async () => {
    setFaults({ zones: 'javascript-links' });
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount - 1}\\)`));
    expect(await leftOut()).toHaveTextContent(`1 of ${zoneCount} from zones`);
    await userOpensDetails();
    expect(screen.getByText(/data\.0\.provenance\.url: expected an http: or https: URL/)).toBeInTheDocument();
    expectNoScriptLinks();
  });

  it('hundreds of bad records list twenty problems on the page, the rest in the console', async () => {
    const bad = Array.from({ length: 300 }, (_, i) => ({
      ...fixtures.zones[0],
      id: `bad-${i}`,
      status: 'mystery-value',
    }));
    server.use(http.get('*/api/v1/zones', () => HttpResponse.json({ data: [...fixtures.zones, ...bad] })));
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount}\\)`));
    expect(await leftOut()).toHaveTextContent(`300 of ${zoneCount + 300} from zones`);
    await userOpensDetails();
    const status = (await leftOut()).closest('div') as HTMLElement;
    expect(within(status).getAllByRole('listitem')).toHaveLength(20);
    expect(within(status).getByText('…and 280 more, listed in the browser console.')).toBeInTheDocument();
  });

  it('a 5,000-character name fails its record instead of breaking the layout', async () => {
    setFaults({ zones: 'long-names' });
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount - 1}\\)`));
    expect(await leftOut()).toHaveTextContent(`1 of ${zoneCount} from zones`);
    expect(screen.queryByText(/W{200}/)).not.toBeInTheDocument();
  });

  it('right-to-left and CJK names are shown as they are', async () => {
    setFaults({ zones: 'rtl-cjk-names' });
    renderApp('/map?view=list');
    const table = await zoneTable();
    expect(within(table).getAllByText('منطقة التكنولوجيا الخاصة').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('沈阳经济技术开发区').length).toBeGreaterThan(0);
    expect(screen.queryByText(/Some records were left out/)).not.toBeInTheDocument();
  });

  it('a duplicate id is dropped and reported', async () => {
    setFaults({ zones: 'duplicate-ids' });
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount}\\)`));
    expect(await leftOut()).toHaveTextContent(`1 of ${zoneCount + 1} from zones`);
  });

  it('an unknown enum value fails its record', async () => {
    setFaults({ zones: 'unknown-enum' });
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount - 1}\\)`));
    expect(await leftOut()).toHaveTextContent(`1 of ${zoneCount} from zones`);
  });

  it('extra fields are ignored, never rendered', async () => {
    setFaults({ zones: 'extra-fields' });
    renderApp('/map?view=list');
    expect(await zoneTable()).toHaveAccessibleName(new RegExp(`\\(${zoneCount}\\)`));
    expect(screen.queryByText(/onerror/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Some records were left out/)).not.toBeInTheDocument();
  });

  it('a number too large for JSON (1e400 parses to Infinity) fails its record', async () => {
    setFaults({ observations: 'overflow-numbers' });
    renderApp('/explore');
    await screen.findByRole('table', { name: /^Observations/ });
    expect(await leftOut()).toHaveTextContent(/1 of \d+ from observations/);
    expect(screen.queryByText(/Infinity|NaN/)).not.toBeInTheDocument();
  });

  it.each(['huge-numbers', 'negative-numbers'] as const)(
    '%s are valid figures and are shown',
    async (fault) => {
      setFaults({ observations: fault });
      renderApp('/explore');
      await screen.findByRole('table', { name: /^Observations/ });
      expect(screen.queryByText(/Some records were left out/)).not.toBeInTheDocument();
      expect(screen.queryByText(/Infinity|NaN/)).not.toBeInTheDocument();
    },
  );
});

async function userOpensDetails() {
  const { default: userEvent } = await import('@testing-library/user-event');
  const status = (await leftOut()).closest('div');
  await userEvent.click(within(status as HTMLElement).getByText('Details'));
}
