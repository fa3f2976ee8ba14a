// The charts pages in the pseudo-locale, Chinese and Urdu: every word the charts feature writes goes
// through the catalogue, figures read as each audience reads them, and Urdu mirrors what it should.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import companies from '../../mocks/data/companies.json';
import sectors from '../../mocks/data/sectors.json';
import zones from '../../mocks/data/zones.json';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

/** The chart frames on the page once every one has its figures. */
async function framesLoaded(count: number): Promise<HTMLElement[]> {
  let frames: HTMLElement[] = [];
  await waitFor(
    () => {
      frames = screen.getAllByRole('region').filter((r) => r.hasAttribute('aria-busy'));
      expect(frames).toHaveLength(count);
      for (const frame of frames) expect(frame).toHaveAttribute('aria-busy', 'false');
      // A chart draws once it has measured its box, a moment after its frame has its figures.
      for (const frame of frames)
        for (const box of frame.querySelectorAll('.recharts-responsive-container'))
          expect(box.querySelector('svg')).not.toBeNull();
    },
    { timeout: 20_000 },
  );
  return frames;
}

// In the pseudo-locale, data names have no translation and stay English on purpose; company names
// are the same in every language.
const dataNames = new Set<string>([
  ...zones.flatMap((z: { name: string; shortName: string }) => [z.name, z.shortName]),
  ...sectors.map((s: { name: string }) => s.name),
  ...companies.map((c: { name: string }) => c.name),
]);

/**
 * What the charts feature itself writes in a frame: title, subtitle, summary and the drawn chart
 * (axes, bar labels, category names). The frame's own controls belong to components/.
 */
function chartText(frame: HTMLElement): Element[] {
  const title = within(frame).getByRole('heading', { level: 3 });
  const parts: (Element | null)[] = [
    title,
    title.closest('header')?.querySelector('p') ?? null,
    frame.querySelector('[id$="-summary"]'),
    ...[...frame.querySelectorAll('svg')].filter((picture) => picture.querySelector('text')),
  ];
  return parts.filter((p): p is Element => p !== null);
}

/** Plain English outside a message: a bracketed pseudo-message's data arguments are allowed. */
const untranslated = (element: Element) =>
  plainEnglishIn(element).filter((text) => !/^\[.*\]$/s.test(text) && !dataNames.has(text));

describe('charts in other languages', () => {
  it.each([
    ['demographics', 7],
    ['investment', 5],
    ['companies', 4],
  ])('puts every word of the %s page through the catalogue (pseudo-locale)', async (page, count) => {
    renderApp(`/charts/${page}?lang=en-XA`);
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: /^\[Ƈħȧȧřŧş: / },
      { timeout: 20_000 },
    );
    const section = heading.closest('section');
    if (!section) throw new Error('no charts section');
    expect(untranslated(heading)).toEqual([]);
    expect(untranslated(within(section).getByRole('navigation'))).toEqual([]);
    expect(untranslated(section.querySelector('p') ?? section)).toEqual([]);
    const frames = await framesLoaded(count);
    for (const frame of frames) for (const part of chartText(frame)) expect(untranslated(part)).toEqual([]);
  });

  it('reads in Chinese: 财年 in the subtitle and on the axis, 亿 in the summary, a Chinese legend', async () => {
    renderApp('/charts/investment?lang=zh-Hans');
    expect(
      await screen.findByRole('heading', { level: 2, name: '图表：投资流动' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await framesLoaded(5);
    const fdi = screen.getByRole('region', { name: '流入巴基斯坦的外国直接投资净额：所有国家与来自中国' });
    expect(
      within(fdi).getByText(/^美元，按财年（7月至次年6月），\d{4}财年–\d{4}财年；柱上方为中国所占比例$/),
    ).toBeInTheDocument();
    const summary = fdi.querySelector('[id$="-summary"]');
    expect(summary?.textContent).toMatch(
      /^\d{4}财年流入巴基斯坦的外国直接投资净额为US\$[\d.]+亿；其中来自中国US\$[\d.]+亿/,
    );
    expect((await within(fdi).findAllByText('2025财年')).length).toBeGreaterThan(0);
    expect(within(fdi).getByText('来自中国的外国直接投资净额')).toBeInTheDocument();
  });

  it('reads in Urdu, right to left: مالی سال and ارب, the value axis on the right-hand side', async () => {
    renderApp('/charts/investment?lang=ur');
    await screen.findByRole('heading', { level: 2, name: 'چارٹس: سرمایہ کاری کا بہاؤ' }, { timeout: 20_000 });
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    await framesLoaded(5);
    const ict = screen.getByRole('region', { name: 'آئی سی ٹی برآمدات کی ترسیلات (اسٹیٹ بینک کا سلسلہ)' });
    const summary = ict.querySelector('[id$="-summary"]')?.textContent?.replace(/\u00a0/g, ' ');
    expect(summary).toMatch(/^مالی سال \d{4} میں آئی سی ٹی برآمدات کی ترسیلات US\$ [\d.]+ ارب رہیں/);
    // docs/i18n.md: time still runs left to right; the value axis moves to the right-hand side.
    // The drawn chart: the one picture with text in it (legend swatches have none). Recharts may
    // draw its axes a turn after the panel settles, so this waits for the year ticks.
    const years = await within(ict).findAllByText(/^مالی سال \d{4}$/, { selector: 'svg *' });
    const svg = years[0]?.closest('svg');
    if (!svg) throw new Error('no chart drawn');
    const x = (text: Element) => Number(text.getAttribute('x'));
    const positions = years.map(x);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(years[0]?.textContent).toBe('مالی سال 2020');
    const zero = within(svg as unknown as HTMLElement).getByText(/^US\$\s0$/);
    expect(x(zero)).toBeGreaterThan(Math.max(...positions));
  });
});

describe('the chart frame in other languages', () => {
  it('puts the frame’s own words through the catalogue: tabs, downloads, key, notes, summary badge (pseudo-locale)', async () => {
    renderApp('/charts/demographics?lang=en-XA');
    const frames = await framesLoaded(7);
    // The page keeps its language until the catalogue arrives: <html lang> says when it has.
    await waitFor(() => expect(document.documentElement.lang).toBe('en-XA'));
    // A note's text and its linked source are one message split by the link: "[[date: event] (" opens it.
    const own = (frame: HTMLElement) => untranslated(frame).filter((text) => !text.startsWith('['));
    for (const frame of frames) expect(own(frame)).toEqual([]);
    const first = frames[0]!;
    expect(within(first).getByRole('tablist')).toHaveAccessibleName(/^\[Şħǿǿẇ .+\]$/);
    expect(within(first).getByRole('group', { name: /^\[Ḓǿǿẇƞŀǿǿȧȧḓ .+\]$/ })).toBeInTheDocument();
  });

  it('says Chart, Table, the downloads and the summary’s method in Chinese', async () => {
    renderApp('/charts/investment?lang=zh-Hans');
    await screen.findByRole('heading', { level: 2, name: '图表：投资流动' }, { timeout: 20_000 });
    const [fdi] = await framesLoaded(5);
    if (!fdi) throw new Error('no frame');
    expect(within(fdi).getByRole('tab', { name: '图表' })).toHaveAttribute('aria-selected', 'true');
    expect(within(fdi).getByRole('tab', { name: '表格' })).toBeInTheDocument();
    expect(within(fdi).getByRole('button', { name: '下载CSV' })).toBeInTheDocument();
    const badge = fdi.querySelector('[id$="-summary"] [data-provenance]');
    expect(badge?.textContent).toMatch(/^≈ 估算方法：由本看板根据本图中的数字计算/);
  });

  it('reads the frame in Urdu', async () => {
    renderApp('/charts/investment?lang=ur');
    await screen.findByRole('heading', { level: 2, name: 'چارٹس: سرمایہ کاری کا بہاؤ' }, { timeout: 20_000 });
    const [fdi] = await framesLoaded(5);
    if (!fdi) throw new Error('no frame');
    expect(within(fdi).getByRole('tab', { name: 'جدول' })).toBeInTheDocument();
    expect(within(fdi).getByRole('button', { name: 'CSV ڈاؤن لوڈ کریں' })).toBeInTheDocument();
    const badge = fdi.querySelector('[id$="-summary"] [data-provenance]');
    expect(badge?.textContent).toContain('ڈیش بورڈ کا حساب، اس چارٹ کے اعداد سے');
  });
});
