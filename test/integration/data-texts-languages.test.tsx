/**
 * The texts the data carries about its figures (notes, methods, titles) in the reader's language,
 * and English, marked lang="en", where a record has no translation (docs/data.md, "Localised texts").
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getResponse, http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import { renderApp } from '../render';

beforeAll(async () => {
  await import('@/features/map/map-page');
});

/** The demo API's zones as a service without translations would send them. */
const withoutTexts = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutTexts)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'texts')
            .map(([key, v]) => [key, withoutTexts(v)]),
        )
      : value;

function serveWithoutTexts(path: string) {
  server.use(
    http.get(`*/api/v1/${path}`, async ({ request }) => {
      const answer = await getResponse(handlers, request);
      const body = withoutTexts(await answer?.json()) as Record<string, never>;
      return HttpResponse.json(body, { headers: answer?.headers });
    }),
  );
}

async function zoneRow(url: string, region: string, list: string, zone: RegExp) {
  const user = userEvent.setup();
  renderApp(url);
  const map = await screen.findByRole('region', { name: region }, { timeout: 15_000 });
  await waitFor(() => expect(map.querySelectorAll('[data-zone-id][role="button"]')).toHaveLength(18), {
    timeout: 15_000,
  });
  await user.click(within(map).getByRole('button', { name: list }));
  const table = await within(map).findByRole('table');
  return within(table).getByRole('row', { name: zone });
}

describe('data texts in the reader’s language', () => {
  it('shows a zone’s note and a placement method in Chinese', async () => {
    const row = await zoneRow('/map?lang=zh-Hans', '地图', '列表', /拉合尔科技城/);
    expect(
      within(row).getByText(/列入特别技术区管理局报告中已启动的特别技术区（2022年6月）/),
    ).not.toHaveAttribute('lang');
    const zpark = within(row.closest('table')!).getByRole('row', { name: /中关村/ });
    expect(within(zpark).getByText(/由我们放置于北京市中心（39.9042, 116.4074）/)).not.toHaveAttribute(
      'lang',
    );
  });

  it('falls back to the English note, marked lang="en", where the data has no translation (Chinese)', async () => {
    serveWithoutTexts('zones');
    const row = await zoneRow('/map?lang=zh-Hans', '地图', '列表', /拉合尔科技城/);
    expect(within(row).getByText('listed among rolled-out STZs in STZA report (Jun 2022)')).toHaveAttribute(
      'lang',
      'en',
    );
    const zpark = within(row.closest('table')!).getByRole('row', { name: /中关村/ });
    expect(within(zpark).getByText(/^Placed by us at Beijing’s city centre/)).toHaveAttribute('lang', 'en');
  });

  it('falls back to the English note, marked lang="en", in Urdu too', async () => {
    serveWithoutTexts('zones');
    const row = await zoneRow('/map?lang=ur', 'نقشہ', 'فہرست', /لاہور ٹیکنوپولس/);
    expect(within(row).getByText('listed among rolled-out STZs in STZA report (Jun 2022)')).toHaveAttribute(
      'lang',
      'en',
    );
  });
});

/** The ICT exports figure is an estimate whose method the source stated (in English). */
const ictMethod = 'Rounded by the source to $3.8bn (IT & ITeS services only, without freelancing).';

async function overviewCard(url: string, name: string) {
  renderApp(url);
  const card = await screen.findByRole('article', { name }, { timeout: 15_000 });
  await waitFor(() => expect(card).toHaveAttribute('aria-busy', 'false'), { timeout: 15_000 });
  return card;
}

describe('methods in the reader’s language', () => {
  it('marks an untranslated data method lang="en" in Chinese, and not the dashboard’s own methods', async () => {
    serveWithoutTexts('observations');
    const ict = await overviewCard('/?lang=zh-Hans', '信息通信技术出口');
    const how = within(ict).getByText(ictMethod);
    expect(how).toHaveAttribute('lang', 'en');
    expect(how.parentElement).toHaveTextContent(`方法：${ictMethod}`);
    // A change the dashboard computed says how in Chinese, unmarked.
    const fdi = screen.getByRole('article', { name: '来自中国的外国直接投资' });
    const change = within(within(fdi).getByRole('group', { name: '变化' })).getByText(/^方法：/);
    expect(change.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(change.querySelector('[lang]')).toBeNull();
  });

  it('marks an untranslated data method lang="en" in Urdu', async () => {
    serveWithoutTexts('observations');
    const ict = await overviewCard('/?lang=ur', 'آئی سی ٹی برآمدات');
    const how = within(ict).getByText(ictMethod);
    expect(how).toHaveAttribute('lang', 'en');
    expect(how.parentElement).toHaveTextContent(`طریقہ: ${ictMethod}`);
  });

  it('shows the data’s translation, unmarked, where it has one', async () => {
    const ict = await overviewCard('/?lang=ur', 'آئی سی ٹی برآمدات');
    expect(within(ict).queryByText(ictMethod)).toBeNull();
    const methods = within(ict).getAllByText(/^طریقہ: /);
    expect(methods.length).toBeGreaterThan(0);
    for (const how of methods) expect(how.querySelector('[lang]')).toBeNull();
  });
});
