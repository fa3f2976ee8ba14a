import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtures } from '@mocks/data/fixtures';
import en from '@/locales/en.json';
import pseudoCatalogue from '@/locales/compiled/en-XA.json';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

/** The pseudo-locale's text of an English message, as the compiled catalogue has it. */
const pseudo = (english: string) => {
  const id = Object.keys(en).find((key) => en[key as keyof typeof en].defaultMessage === english)!;
  const parts = pseudoCatalogue[id as keyof typeof pseudoCatalogue] as { value: string }[];
  return parts.map((p) => p.value).join('');
};

const COMPARE = 'compare=stz-nust,stz-lahore-technopolis';

async function explorePage(title: string, table: RegExp) {
  // The language's catalogue and the lazy page both load first.
  const heading = await screen.findByRole('heading', { level: 2, name: title }, { timeout: 15_000 });
  const page = screen.getByRole('region', { name: title });
  expect(page).toContainElement(heading);
  const grid = await within(page).findByRole('table', { name: table }, { timeout: 15_000 });
  await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(2));
  return { page, grid };
}

/** English on purpose inside strings (aria-labels, captions): data names with no translation. */
const dataNames = [
  ...fixtures.zones.flatMap((z) => [z.name, z.shortName]),
  ...fixtures.indicators.map((i) => i.name),
  ...fixtures.sectors.map((s) => s.name),
].sort((a, b) => b.length - a.length);
/** Text another area renders inside this page (the filters' summary) until it is converted. */
const otherAreas = [/Showing: /];
const ownEnglish = (found: readonly string[]) =>
  found.filter((text) => {
    if (otherAreas.some((area) => area.test(text))) return false;
    // Intl joins lists in English for the pseudo-locale ("a and b"), as it writes its numbers.
    const rest = dataNames
      .reduce((t, name) => t.replaceAll(name, ''), text.replace(/^[a-z-]+: /, ''))
      .replace(/\band\b/g, '');
    return /[A-Za-z]*[a-z]{3,}/.test(rest);
  });

describe('Explore in every language', () => {
  it('puts every word of its own through the catalogue (pseudo-locale)', async () => {
    renderApp(`/explore?lang=en-XA&indicator=fdi-net-china&${COMPARE}`);
    const { page } = await explorePage(pseudo('Explore the data'), /^\[Ǿƀşḗḗřṽȧȧŧīǿǿƞş/);
    await within(page).findByRole(
      'table',
      { name: pseudo('Zones side by side (zone-level figures; sectors summed)') },
      { timeout: 15_000 },
    );
    expect(ownEnglish(plainEnglishIn(page))).toEqual([]);
  });

  it('reads in Chinese: headers, names, fiscal years and 万/亿 figures', async () => {
    renderApp(`/explore?lang=zh-Hans&indicator=fdi-net-china&${COMPARE}&base=2024`);
    const { page, grid } = await explorePage('探索数据', /^观测数据/);
    expect(within(grid).getByRole('columnheader', { name: /^数值/ })).toHaveAttribute('aria-sort', 'none');
    expect(
      within(grid).getAllByRole('row', { name: /2025财年 \(2024年7月–2025年6月\)/ }).length,
    ).toBeGreaterThan(0);
    expect(within(grid).getAllByText('巴基斯坦').length).toBeGreaterThan(0);
    expect(within(page).getByText(/^\d+行 · /)).toBeInTheDocument();
    const compare = await within(page).findByRole('table', { name: /园区并列比较/ }, { timeout: 15_000 });
    expect(
      within(compare).getAllByText(/^\d+(\.\d+)?(万)?$/).length +
        within(compare).getAllByText('无数字').length,
    ).toBeGreaterThan(0);
    expect(await within(page).findByRole('img', { name: /以2024年为100$/ })).toBeInTheDocument();
    expect(within(page).getByRole('button', { name: /^列（9\/9）/ })).toBeInTheDocument();
  });

  it('reads in Urdu, right to left, with مالی سال periods and the table mirrored', async () => {
    renderApp(`/explore?lang=ur&indicator=fdi-net-china&${COMPARE}`);
    const { page, grid } = await explorePage('اعداد و شمار دیکھیں', /^مشاہدات/);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(within(grid).getByRole('columnheader', { name: /^زون یا مقام/ })).toBeInTheDocument();
    expect(within(grid).getAllByRole('row', { name: /مالی سال 2025/ }).length).toBeGreaterThan(0);
    // The value stays one left-to-right run inside the right-to-left row.
    const value = within(grid).getAllByText(/131,000,000/)[0]!;
    expect(value.tagName).toBe('BDI');
    // Zone names without an Urdu name stay English, marked so screen readers switch voice.
    const compare = await within(page).findByRole('table', { name: /زون ساتھ ساتھ/ }, { timeout: 15_000 });
    const english = within(compare).queryAllByText('NUST Islamabad');
    for (const name of english) expect(name).toHaveAttribute('lang', 'en');
  });
});
