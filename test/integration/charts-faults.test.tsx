import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clearFaults, setFaults } from '@mocks/handlers/faults';
import { renderApp } from '../render';

const FDI = 'Net FDI into Pakistan, all countries and from China';
const region = (name: string) => screen.findByRole('region', { name });

describe('charts when the data service misbehaves', () => {
  it('shows the error inside each panel, with a Retry that recovers', async () => {
    setFaults({ observations: 'error-503' });
    renderApp('/charts/investment');
    const fdi = await region(FDI);
    expect(await within(fdi).findByText(/answered 503/)).toBeInTheDocument();
    expect(within(fdi).queryByRole('tab')).not.toBeInTheDocument();
    expect(within(fdi).queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
    // The page and the navigation stay: a failure stays inside its panel.
    expect(screen.getByRole('navigation', { name: 'Indicator families' })).toBeInTheDocument();

    clearFaults();
    await userEvent.click(within(fdi).getByRole('button', { name: 'Retry' }));
    expect(
      await within(fdi).findByText(/^Net FDI into Pakistan was \$2\.46bn in FY2025/),
    ).toBeInTheDocument();
  });

  it('explains an empty answer instead of drawing an empty chart', async () => {
    setFaults({ observations: 'empty' });
    renderApp('/charts/companies');
    const zones = await region('Special Technology Zones over time');
    expect(await within(zones).findByText(/No zone counts in the selected years/)).toBeInTheDocument();
    expect(within(zones).queryByRole('tab')).not.toBeInTheDocument();
  });

  it('fails only the World Bank charts when the World Bank fails', async () => {
    setFaults({ worldbank: 'error-503' });
    renderApp('/charts/demographics');
    const pakistan = await region("Pakistan's population");
    expect(await within(pakistan).findByRole('alert')).toHaveTextContent(/World Bank service answered 503/);
    const provinces = await region('Population by province');
    expect(
      await within(provinces).findByText(/^Punjab is by far the most populous province/),
    ).toBeInTheDocument();
  });

  it('still draws the chart when the milestones fail, says so, and retries them', async () => {
    setFaults({ events: 'error-503' });
    renderApp('/charts/investment');
    const fdi = await region(FDI);
    expect(await within(fdi).findByText(/Cooperation milestones could not be loaded/)).toBeInTheDocument();
    expect(within(fdi).getByText(/^Net FDI into Pakistan was/)).toBeInTheDocument();
    expect(
      within(fdi).queryByRole('list', { name: 'Cooperation milestones marked on the chart' }),
    ).not.toBeInTheDocument();

    clearFaults();
    await userEvent.click(within(fdi).getAllByRole('button', { name: 'Retry milestones' })[0]!);
    expect(
      await within(fdi).findByRole('list', { name: 'Cooperation milestones marked on the chart' }),
    ).toBeInTheDocument();
  });

  it('reserves the space with a labelled placeholder while a slow answer arrives', async () => {
    setFaults({ observations: 'slow' }, { slowMs: 300 });
    renderApp('/charts/investment');
    const fdi = await region(FDI);
    expect(within(fdi).getByRole('status')).toHaveTextContent(`Loading ${FDI}`);
    expect(fdi).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(fdi).toHaveAttribute('aria-busy', 'false'));
  });
});

describe('charts and the shared filters', () => {
  it('says national figures ignore zone and sector filters', async () => {
    renderApp('/charts/demographics?zone=stz-nust');
    const pakistan = await region("Pakistan's population");
    expect(
      await within(pakistan).findByText(/National figures; not broken down by zone or sector/),
    ).toBeInTheDocument();
  });

  it('narrows time series by the year filters', async () => {
    renderApp('/charts/investment?from=2024');
    const fdi = await region(FDI);
    expect(await within(fdi).findByText(/FY2024–FY2025/)).toBeInTheDocument();
  });

  it('says when the selected years leave a series nothing to show', async () => {
    renderApp('/charts/demographics?from=2030');
    const china = await region("China's population");
    expect(await within(china).findByText(/No population figures in the selected years/)).toBeInTheDocument();
  });
});
