import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '@mocks/data/fixtures';
import { setFaults } from '@mocks/handlers/faults';
import { shortSource } from '@/components/source-line';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

// The map page is a lazy chunk: load it once so the waits below measure the page, not the compiler.
beforeAll(async () => {
  await import('@/features/map/map-page');
});

/**
 * Data in English on purpose inside attributes, which cannot carry `lang`: zone and city names that
 * have no pseudo-translation, and source titles (never translated; the shared SourceLine shows them).
 */
const dataText = [
  ...fixtures.zones.flatMap((z) => [z.shortName, z.city]),
  ...[...fixtures.zones, ...fixtures.events]
    .flatMap((r) => [
      r.provenance,
      ...('coordinates' in r && r.coordinates.provenance ? [r.coordinates.provenance] : []),
    ])
    .flatMap((p) => [
      p.source,
      shortSource(p.source),
      shortSource(p.source, 64),
      p.note ?? '',
      p.method ?? '',
    ]),
  ...fixtures.zones.map((z) => z.area?.note ?? ''),
  'Profit',
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
/** The English locale's month abbreviations stand in en-XA too (dates are the Locale's, not the map's). */
const MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;
const withoutData = (text: string) =>
  dataText.reduce((rest, name) => rest.split(name).join(' '), text).replace(MONTHS, '');
const mapOwn = (found: string[]) =>
  found
    .map((text) => text.replace(/^(title|aria-label): /, ''))
    .filter((text) => /[A-Za-z]*[a-z]{3,}/.test(withoutData(text)));

const markers = (region: HTMLElement, name: RegExp) =>
  within(region).findAllByRole('button', { name }, { timeout: 15_000 });

describe('map in the reader’s language', () => {
  it('puts every word of the map, its legend and its list through the catalogue (pseudo-locale)', async () => {
    const user = userEvent.setup();
    renderApp('/map?lang=en-XA');
    const region = await screen.findByRole('region', { name: /^\[Ḿȧȧƥ\]$/ }, { timeout: 15_000 });
    await waitFor(() => expect(region.querySelectorAll('[data-zone-id][role="button"]')).toHaveLength(18), {
      timeout: 15_000,
    });
    expect(mapOwn(plainEnglishIn(region))).toEqual([]);
    await user.click(within(region).getByRole('button', { name: /^\[Ŀīşŧ\]$/ }));
    await within(region).findByRole('table');
    expect(mapOwn(plainEnglishIn(region))).toEqual([]);
  });

  it('says why zone figures and agreements are missing in the reader’s language (pseudo-locale)', async () => {
    setFaults({ observations: 'error-401', events: 'error-401' });
    renderApp('/map?lang=en-XA');
    const region = await screen.findByRole('region', { name: /^\[Ḿȧȧƥ\]$/ }, { timeout: 15_000 });
    const notes = await within(region).findAllByText(/401/, { selector: 'p' }, { timeout: 15_000 });
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(plainEnglishIn(note)).toEqual([]);
  });

  it('shows the map in Chinese: names, statuses, 亿 figures, English data marked as English', async () => {
    const user = userEvent.setup();
    renderApp('/map?lang=zh-Hans');
    const region = await screen.findByRole('region', { name: '地图' }, { timeout: 15_000 });
    await markers(region, /^沈阳经开区，沈阳：中方对口园区$/);
    expect(
      within(region).getByRole('group', { name: '中国和巴基斯坦地图，共 18 个园区' }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '中国和巴基斯坦' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const svgText = [...region.querySelectorAll('text')].map((t) => t.textContent);
    expect(svgText).toEqual(expect.arrayContaining(['中国', '印度', '沈阳经开区', '卡拉奇', '拉合尔（2）']));
    await user.click(within(region).getByRole('button', { name: '投资' }));
    const legend = within(region).getByRole('complementary', { name: '图例' });
    await waitFor(() => expect(legend).toHaveTextContent(/标记面积：开发方投资\s*[\d.]+亿卢比/));
    // The letter's title is the data's own translation, so it is not marked as English.
    expect(legend).toHaveTextContent('来自沈阳经开区：特别技术区管理局与沈阳经开区意向书，2022年8月1日。');
    expect(within(legend).getByText('特别技术区管理局与沈阳经开区意向书')).not.toHaveAttribute('lang');
    await user.click(within(region).getByRole('button', { name: '列表' }));
    const table = await within(region).findByRole('table', { name: /^地图上的园区（18 个）/ });
    const row = within(table).getByRole('row', { name: /拉合尔科技城/ });
    expect(row).toHaveTextContent('拉合尔科技城');
    expect(row).toHaveTextContent('已启用');
    expect(row).toHaveTextContent(/\d+（2022年）/);
  });

  it('shows the map in Urdu, right to left, with lakh/crore figures and Urdu labels on the map', async () => {
    const user = userEvent.setup();
    renderApp('/map?lang=ur');
    const region = await screen.findByRole('region', { name: 'نقشہ' }, { timeout: 15_000 });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    await markers(region, /^سیڈا شین یانگ، شین یانگ: چینی ہم منصب$/);
    const labels = [...region.querySelectorAll('text')];
    expect(labels.find((t) => t.textContent === 'چین')).toHaveAttribute('direction', 'rtl');
    expect(labels.find((t) => t.textContent === 'کراچی')).toHaveAttribute('direction', 'rtl');
    await user.click(within(region).getByRole('button', { name: 'سرمایہ کاری' }));
    const legend = within(region).getByRole('complementary', { name: 'کلید' });
    await waitFor(() => expect(legend).toHaveTextContent(/[\d.,]+ (ارب|کروڑ) روپے/));
    await user.click(within(region).getByRole('button', { name: 'فہرست' }));
    const table = await within(region).findByRole('table', { name: /^نقشے پر زونز \(18\)/ });
    const row = within(table).getByRole('row', { name: /لاہور ٹیکنوپولس/ });
    expect(row).toHaveTextContent('لاہور، پنجاب');
    expect(row).toHaveTextContent('فعال');
    // The source's note in the data's Urdu translation (docs/data.md, "Localised texts").
    expect(within(row).getByText(/STZA کی رپورٹ \(جون 2022\) میں شروع کیے گئے/)).not.toHaveAttribute('lang');
  });
});
