import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDeck, stepTo } from '../present-helpers';

const slideNamed = (name: string) => screen.getByRole('region', { name });

describe('presenter mode: category and breakdown charts as slides', () => {
  it('follows the FDI and ICT slides with the companies split and SEDA’s Fortune counts', async () => {
    await openDeck();
    const regions = screen.getAllByRole('region');
    const order = [
      'Net FDI into Pakistan, and China’s part',
      'ICT export remittances',
      'Companies by zone and sector (illustrative)',
      'SEDA on the Fortune lists: report against claim',
      'The corridor on the map',
    ].map((title) => regions.indexOf(slideNamed(title)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 40_000);

  it('draws the illustrative split with its summary, a key by sector, and says it is illustrative', async () => {
    await openDeck();
    const slide = await stepTo('chart-companies-by-zone');
    expect(slide).toBe(slideNamed('Companies by zone and sector (illustrative)'));
    expect(
      await within(slide).findByText(/illustrative split of STZA's one sourced national count/),
    ).toBeInTheDocument();
    expect(
      within(slide).getByRole('list', { name: 'Key to Companies by zone and sector (illustrative)' }),
    ).toBeInTheDocument();
    expect(within(slide).getByRole('figure')).toHaveTextContent(
      /^Illustrative split for \d{4}: .+ has the largest share, \d+ of \d+ companies across \d+ zones/,
    );
    expect(within(slide).getByRole('contentinfo')).toHaveTextContent(
      /Illustrative: figures marked ✳ are generated/,
    );
  }, 40_000);

  it('shows SEDA’s report and claim side by side with both sources in the footer', async () => {
    await openDeck();
    const slide = await stepTo('chart-seda-fortune500');
    expect(slide).toBe(slideNamed('SEDA on the Fortune lists: report against claim'));
    expect(
      await within(slide).findByText(/The sources disagree and name different lists/),
    ).toBeInTheDocument();
    const footer = within(slide).getByRole('contentinfo');
    expect(footer).toHaveTextContent(/China Daily/);
    expect(footer).not.toHaveTextContent(/Illustrative:/);
  }, 40_000);
});
