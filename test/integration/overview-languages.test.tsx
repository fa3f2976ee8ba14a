/** The overview in the pseudo-locale, Chinese and Urdu: every word of the cards through the catalogue. */
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import observations from '../../mocks/data/observations.json';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

async function loadedCards() {
  await waitFor(
    () => {
      const cards = screen.getAllByRole('article');
      expect(cards.length).toBeGreaterThanOrEqual(8);
      for (const card of cards) expect(card).toHaveAttribute('aria-busy', 'false');
    },
    { timeout: 8000 },
  );
}

const card = (name: string) => screen.getByRole('article', { name });

/**
 * Text in English on purpose: the data's own words (citations, notes, methods stated by a source),
 * never translated. A message with data inside it is bracketed in the pseudo-locale, so it passes.
 */
const bare = (text: string) =>
  text
    .replace(/\b(million|billion|trillion|thousand|lakh|crore|bn|m|k)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const dataWords = observations.flatMap((o) => {
  const p: { source: string; note?: string; method?: string } = o.provenance;
  return [p.source, p.note, p.method].filter((t): t is string => Boolean(t)).map(bare);
});
const isData = (text: string) =>
  /^(title: )?World Bank WDI/.test(text) ||
  bare(text.replace(/^title: /, '').replace(/…$/, ''))
    .split(' — ')
    .every((part) => dataWords.some((words) => words.includes(part)));
/** A message of the catalogue, bracketed by the pseudo-locale, with names of the data inside it. */
const isMessage = (text: string) => /^([a-z-]+: )?\[.*\]$/.test(text);
describe('the overview in other languages', () => {
  it('puts every word of its own through the catalogue (pseudo-locale)', async () => {
    renderApp('/?lang=en-XA');
    const page = await within(screen.getByRole('main')).findByRole('region', { name: /^\[.+\]$/ });
    await loadedCards();
    const plain = plainEnglishIn(page).filter((text) => !isData(text) && !isMessage(text));
    expect(plain).toEqual([]);
    // A name of the data inside a sentence keeps its words, marked English; the sentence is the catalogue's.
    const names = within(page).getAllByText(/Karachi Education City/);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toHaveAttribute('lang', 'en');
      expect(name.parentElement?.textContent).toMatch(/\[[^\]]*Karachi Education City[^\]]*\]/);
    }
  });

  it('reads in Chinese: 亿 figures, 财年 fiscal years, Chinese labels and changes', async () => {
    renderApp('/?lang=zh-Hans');
    expect(await screen.findByRole('heading', { name: '概览' })).toBeInTheDocument();
    await loadedCards();
    const population = card('巴基斯坦人口');
    expect(within(population).getByText('2.41亿')).toBeInTheDocument();
    expect(within(population).getByText('2023年人口普查')).toBeInTheDocument();
    const fdi = card('来自中国的外国直接投资');
    expect(within(fdi).getByText('US$12.3亿')).toBeInTheDocument();
    expect(within(fdi).getByText('2025财年 (2024年7月–2025年6月)')).toBeInTheDocument();
    const change = within(fdi).getByRole('group', { name: '变化' });
    expect(within(change).getByText('+90.8%')).toBeInTheDocument();
    expect(within(change).getByText('对比2024财年（修订值）')).toBeInTheDocument();
    expect(within(card('特区投资')).getByText('300亿卢比')).toBeInTheDocument();
    expect(within(card('特别技术区')).getByText('不显示变化：各来源的统计口径不同。')).toBeInTheDocument();
  });

  it('reads in Urdu, right to left: crore and arab, مالی سال, Urdu labels and changes', async () => {
    renderApp('/?lang=ur');
    expect(await screen.findByRole('heading', { name: 'خلاصہ' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    await loadedCards();
    const population = card('پاکستان کی آبادی');
    expect(within(population).getByRole('group', { name: 'مرکزی عدد' })).toHaveTextContent('24.15 کروڑ');
    expect(within(population).getByText('مردم شماری 2023')).toBeInTheDocument();
    const fdi = card('چین سے براہ راست غیر ملکی سرمایہ کاری');
    // The figure runs right to left ("ارب" after the number) with its Latin part kept in order.
    const headline = within(fdi).getByRole('group', { name: 'مرکزی عدد' });
    expect(headline.textContent?.replace(/\s+/g, ' ')).toContain('US$ 1.2 ارب');
    expect(headline.querySelector('bdi[dir="rtl"] > bdi[dir="ltr"]')).toHaveTextContent('US$ 1.2');
    expect(within(fdi).getByText('مالی سال 2025 (جولائی 2024 تا جون 2025)')).toBeInTheDocument();
    const change = within(fdi).getByRole('group', { name: 'تبدیلی' });
    expect(within(change).getByText('بمقابلہ مالی سال 2024 (نظرثانی شدہ)')).toBeInTheDocument();
    expect(within(card('زونز میں سرمایہ کاری')).getByRole('group', { name: 'مرکزی عدد' })).toHaveTextContent(
      '30 ارب روپے',
    );
  });

  it('marks a zone the data names only in English inside a Chinese label (lang="en")', async () => {
    // The zones as a service without translated names would send them.
    server.use(
      http.get('*/api/v1/zones', async ({ request }) => {
        const answer = await getResponse(handlers, request);
        const body = (await answer?.json()) as { data: Record<string, unknown>[] };
        const data = body.data.map((zone) => ({ ...zone, names: undefined }));
        return HttpResponse.json({ ...body, data }, { headers: answer?.headers });
      }),
    );
    renderApp('/?lang=zh-Hans');
    await loadedCards();
    const investment = card('特区投资');
    const name = await within(investment).findByText('Pakistan Digital City STZ, Haripur');
    expect(name).toHaveAttribute('lang', 'en');
    expect(name.parentElement?.textContent).toContain('项目成本，Pakistan Digital City STZ, Haripur，2022');
  });
});
