import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { renderApp } from '../render';

/** The agreement arcs, found by the hover title each one carries ("SEDA Shenyang → NUST Islamabad: …"). */
const flows = () => screen.queryAllByText(/ → /, { selector: 'title' });

const page = () => screen.getByRole('region', { name: 'Map' });
const map = async () =>
  within(await screen.findByRole('region', { name: 'Map' })).findByRole('group', {
    name: /^Map of China and Pakistan/,
  });
const marker = (name: RegExp) => within(page()).getByRole('button', { name });
const search = () => new URLSearchParams(window.location.search);

// The map page is a lazy chunk: its first compile in the test runner can outlast a 5 s wait on a
// loaded machine. Load it once beforehand, so the waits below measure the page, not the compiler.
beforeAll(async () => {
  await import('@/features/map/map-page');
});

describe('corridor map', () => {
  it('draws China, Pakistan, the disputed Kashmir outline and one marker per zone', async () => {
    const { container } = renderApp('/map');
    expect(await map()).toHaveAccessibleName('Map of China and Pakistan with 18 zones');
    expect(container.querySelector('[data-country="China"]')).toHaveAttribute(
      'd',
      expect.stringMatching(/^M/),
    );
    expect(container.querySelector('[data-country="Pakistan"]')).toBeInTheDocument();
    expect(container.querySelector('[data-disputed="Kashmir"]')).toBeInTheDocument();
    expect(within(await map()).getAllByRole('button', { pressed: false })).toHaveLength(18);
    expect(marker(/^SEDA Shenyang, Shenyang: Chinese counterpart$/)).toBeInTheDocument();
    expect(marker(/^Z-Park Beijing, Beijing: Chinese counterpart$/)).toBeInTheDocument();
    expect(
      marker(
        /^Lahore Technopolis, Lahore: launched, companies 7 \(illustrative\), one of 2 zones in Lahore$/,
      ),
    ).toBeInTheDocument();
    expect(marker(/^NUST Islamabad, Islamabad: notified.*one of 4 zones in Islamabad$/)).toBeInTheDocument();
    expect(marker(/^Gilgit \(planned\), Gilgit: planned$/)).toBeInTheDocument();
  });

  it('draws an arc from each counterpart to each zone with a figure, and says why in the legend', async () => {
    renderApp('/map');
    await map();
    // 2 letters of intent × 4 zones with illustrative company counts (a split of the sourced Aug 2022 count).
    await waitFor(() => expect(flows()).toHaveLength(8));
    const legend = within(page()).getByRole('complementary', { name: 'Legend' });
    expect(legend).toHaveTextContent('From SEDA Shenyang: STZA–SEDA Letter of Intent, 1 Aug 2022.');
    expect(legend).toHaveTextContent('From Z-Park Beijing: STZA–ZBRA Letter of Intent, 7 Feb 2022.');
    expect(legend).toHaveTextContent(
      /No public figure measures flows from a Chinese counterpart to any zone/,
    );
    expect(within(page()).getByRole('note')).toHaveTextContent(
      /Boundaries follow Natural Earth .* do not imply endorsement .* approximate outline drawn by us/,
    );
  });

  it('shows the facts and sources of a zone on keyboard focus, and on hover', async () => {
    const user = userEvent.setup();
    renderApp('/map');
    await map();
    const lahore = marker(/^Lahore Technopolis/);
    for (let i = 0; i < 40 && document.activeElement !== lahore; i += 1) await user.tab();
    const tooltip = await screen.findByRole('tooltip');
    expect(marker(/^Lahore Technopolis/)).toHaveAccessibleDescription(/Lahore Technopolis/);
    expect(tooltip).toHaveTextContent('Lahore, Punjab · Pakistan');
    expect(tooltip).toHaveTextContent("Location approximate: the centre of Lahore, not the zone's site.");
    expect(tooltip).toHaveTextContent('Launched: listed among rolled-out STZs');
    expect(tooltip).toHaveTextContent('800 acres');
    expect(tooltip).toHaveTextContent('Companies: 7 (2022)');
    expect(within(tooltip).getAllByText('Illustrative').length).toBeGreaterThan(0);
    expect(tooltip).toHaveTextContent(/Sourced ProPakistani, as of 2 Jun 2022/);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(marker(/^MUST Mirpur/));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('In the disputed Kashmir region.');
  });

  it('selects a zone by keyboard as the dashboard filter, adds with Shift, clears with Escape', async () => {
    const user = userEvent.setup();
    renderApp('/map');
    await map();
    await user.click(within(page()).getByRole('button', { name: 'Pakistan' }));
    let target = marker(/^Capital Smart Rawalpindi/);
    for (let i = 0; i < 40 && document.activeElement !== target; i += 1) await user.tab();
    expect(target).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(search().get('zone')).toBe('stz-capital-smart'));
    target = marker(/^Capital Smart Rawalpindi/);
    expect(target).toHaveAttribute('aria-pressed', 'true');
    const selection = within(page()).getByRole('group', { name: 'Selected zones' });
    expect(selection).toHaveTextContent('Capital Smart Rawalpindi');

    await user.tab();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await waitFor(() => expect(search().get('zone')?.split(',')).toHaveLength(2));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(search().get('zone')).toBeNull());
    expect(search().get('region')).toBe('pakistan');
  });

  it('selects and unselects a zone with the mouse and clears it from the selection bar', async () => {
    const user = userEvent.setup();
    renderApp('/map?zone=stz-nust');
    await map();
    expect(marker(/^NUST Islamabad/)).toHaveAttribute('aria-pressed', 'true');
    await user.click(marker(/^Tech7 Islamabad/));
    await waitFor(() => expect(search().get('zone')).toBe('stz-tech7'));
    await user.click(marker(/^Tech7 Islamabad/));
    await waitFor(() => expect(search().get('zone')).toBeNull());
    await user.click(marker(/^SEDA Shenyang/));
    await user.click(await within(page()).findByRole('button', { name: 'Clear selection' }));
    await waitFor(() => expect(search().get('zone')).toBeNull());
  });

  it('keeps the zoom preset and marker metric in the URL, writing only non-default values', async () => {
    const user = userEvent.setup();
    renderApp('/map?region=china');
    await map();
    expect(within(page()).getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(page()).getByRole('button', { name: 'China and Pakistan' }));
    await waitFor(() => expect(search().get('region')).toBeNull());
    await user.click(within(page()).getByRole('button', { name: 'Investment' }));
    await waitFor(() => expect(search().get('size')).toBe('investment'));
    expect(
      marker(/^Capital Smart Rawalpindi, Rawalpindi: notified, investment Rs4\.12bn \(illustrative\)$/),
    ).toBeInTheDocument();
    // Four zones have an illustrative investment figure: 2 counterparts × 4 arcs.
    await waitFor(() => expect(flows()).toHaveLength(8));
    await user.click(within(page()).getByRole('button', { name: 'Zoom in' }));
    await user.click(within(page()).getByRole('button', { name: 'Reset zoom' }));
  });

  it('sizes by the filtered period and says when no zone has a figure', async () => {
    renderApp('/map?size=investment&to=2023');
    expect(
      await within(page()).findByText(/No developer investment figures for the selected sectors and period/),
    ).toBeInTheDocument();
    expect(within(page()).getByRole('complementary', { name: 'Legend' })).toHaveTextContent(
      'all markers are the smallest size',
    );
  });

  it('claims no empty size key while the figures are still loading', async () => {
    setFaults({ observations: 'timeout' });
    renderApp('/map');
    const legend = await within(page()).findByRole('complementary', { name: 'Legend' });
    expect(legend).toHaveTextContent('Marker area: companies in zone');
    expect(legend).not.toHaveTextContent('all markers are the smallest size');
  });
});

describe('zone list', () => {
  it('lists every zone with the same facts and sources, and selects from a row', async () => {
    const user = userEvent.setup();
    renderApp('/map');
    await map();
    await user.click(within(page()).getByRole('button', { name: 'List' }));
    await waitFor(() => expect(search().get('view')).toBe('list'));
    const table = within(page()).getByRole('table', { name: /Zones on the map \(18\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(19);
    const row = within(table).getByRole('row', { name: /Lahore Technopolis/ });
    expect(row).toHaveTextContent('Launched');
    expect(row).toHaveTextContent('Lahore, Punjab (city centre, approximate)');
    expect(row).toHaveTextContent('800 acres');
    expect(row).toHaveTextContent('7 (2022)');
    expect(within(row).getByRole('link', { name: 'ProPakistani' })).toHaveAttribute(
      'href',
      expect.stringContaining('propakistani.pk'),
    );
    // A dated fact links to the source of its date; zone notes are shown; our own placements say so.
    const islamabad = within(table).getByRole('row', { name: /Islamabad Technopolis/ });
    expect(islamabad).toHaveTextContent(/withdrawn Oct 2025 \(Dawn, as of Oct 2025\)/);
    // The withdrawal links to the Oct 2025 report, the zone itself to the Mar 2022 one.
    expect(
      within(islamabad)
        .getAllByRole('link', { name: 'Dawn' })
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      expect.stringContaining('cda-decides-to-withdraw-offer'),
      expect.stringContaining('work-to-begin-on-islamabad-technopolis'),
    ]);
    expect(islamabad).toHaveTextContent(/Notes: Earlier reports \(2021\) cite 150 acres/);
    const zpark = within(table).getByRole('row', { name: /Z-Park Beijing/ });
    expect(within(zpark).getByText(/How: Placed by us at Beijing’s city centre/)).toBeInTheDocument();
    const mirpur = within(table).getByRole('row', { name: /MUST Mirpur/ });
    expect(within(mirpur).getByText(/How: Area converted by us from 2,000 kanal/)).toBeInTheDocument();
    const seda = within(table).getByRole('row', { name: /SEDA Shenyang/ });
    expect(within(seda).getAllByRole('link').length).toBe(2);
    expect(within(table).getByRole('row', { name: /Gilgit \(planned\)/ })).toHaveTextContent(
      'disputed Kashmir region',
    );

    await user.click(within(row).getByRole('button', { name: 'Lahore Technopolis' }));
    await waitFor(() => expect(search().get('zone')).toBe('stz-lahore-technopolis'));
    expect(within(row).getByRole('button', { name: 'Lahore Technopolis' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
