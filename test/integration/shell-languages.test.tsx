import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { plainEnglishIn } from '../pseudo-locale';
import { renderApp } from '../render';

// The shell (header, filter bar, footer) and the shared pieces it shows, in every language.
describe('The shell in every language', () => {
  it('puts the header, filter bar and footer through the catalogue (pseudo-locale)', async () => {
    // No zone or sector chosen: their names have no en-XA form and are shown in English on purpose.
    renderApp('/map?lang=en-XA&from=2021');
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(within(header).getByRole('navigation').textContent).toMatch(/\[/));
    const bar = await screen.findByRole('region', { name: /^\[Ƒ.+\]$/ });
    await waitFor(() => expect(bar.textContent).toMatch(/2021/));
    expect(plainEnglishIn(header)).toEqual([]);
    expect(plainEnglishIn(bar)).toEqual([]);
    expect(plainEnglishIn(screen.getByRole('contentinfo'))).toEqual([]);
  });

  it('speaks Chinese: navigation, badge, filters with 财年 and zone names', async () => {
    renderApp('/?lang=zh-Hans&zone=stz-nust&from=2021&to=2023');
    const nav = await screen.findByRole('navigation', { name: '页面' });
    expect(within(nav).getByRole('link', { name: '概览' })).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('banner')).getByText('演示数据')).toBeInTheDocument();
    const bar = await screen.findByRole('region', { name: '筛选' });
    expect(
      await within(bar).findByText('当前显示：NUST伊斯兰堡 · 全部行业 · 2021–2023年（2021财年–2023财年）'),
    ).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: /园区/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '标记说明' })).toBeInTheDocument();
  });

  it('speaks Urdu right to left, with مالی سال and the Urdu badges', async () => {
    renderApp('/?lang=ur&from=2024');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
    const bar = await screen.findByRole('region', { name: 'فلٹر' });
    expect(
      await within(bar).findByText('دکھایا جا رہا ہے: تمام زون · تمام شعبے · 2024 سے (مالی سال 2024)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'مواد پر جائیں' })).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getAllByText('توضیحی').length).toBeGreaterThan(0);
    expect(
      within(screen.getByRole('group', { name: 'رنگوں کا انداز' })).getByRole('button', { name: 'گہرا' }),
    ).toBeInTheDocument();
  });

  it('reports an unusable link part in the reader’s language', async () => {
    renderApp('/?lang=zh-Hans&from=abc');
    expect(await screen.findByText('此链接的部分内容无法使用，已忽略：')).toBeInTheDocument();
    expect(screen.getByText('此链接的部分内容无法使用，已忽略：').closest('div')).toHaveTextContent(
      'from=abc：不是 1990 至 2035 之间的年份。',
    );
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText('此链接的部分内容无法使用，已忽略：')).not.toBeInTheDocument();
  });
});
