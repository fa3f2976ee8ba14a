import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@mocks/handlers/faults';
import { plainEnglishIn } from '../pseudo-locale';
import { renderDeck } from '../present-helpers';

const current = () => screen.getByRole('region', { current: true });

describe('presenter mode in the reader’s language', () => {
  it('puts the deck’s own text through the catalogue (pseudo-locale)', async () => {
    const bar = await renderDeck('/present?lang=en-XA', /^\[.+\]$/);
    // The deck's frame, its bar, the cover, the milestones and the sources: the present feature's own text.
    expect(plainEnglishIn(bar)).toEqual([]);
    expect(plainEnglishIn(current())).toEqual([]);
    const user = userEvent.setup();
    await user.keyboard('{End}');
    await waitFor(() =>
      expect(current()).toHaveAttribute('data-slide-id', expect.stringMatching(/^sources/)),
    );
    // Source titles are kept as published, marked lang="en"; everything around them is translated.
    expect(plainEnglishIn(current())).toEqual([]);
    // A slide's body renders when the presenter nears it (use-warm-slides.ts): go to the milestones.
    while (current().getAttribute('data-slide-id') !== 'timeline') await user.keyboard('{PageUp}');
    expect(await within(current()).findAllByRole('listitem')).not.toHaveLength(0);
    expect(plainEnglishIn(current())).toEqual([]);
  }, 60_000);

  it('says why a slide lacks data in the deck’s language too (pseudo-locale)', async () => {
    setFaults({ events: 'error-401' });
    await renderDeck('/present?lang=en-XA', /^\[.+\]$/);
    const user = userEvent.setup();
    while (current().getAttribute('data-slide-id') !== 'timeline') await user.keyboard('{PageDown}');
    // The notice names what is missing and why: "[Milestones] ([The data service refused access …])".
    expect((await within(current()).findAllByText(/401/)).length).toBeGreaterThan(0);
    expect(plainEnglishIn(current())).toEqual([]);
  }, 60_000);

  it('speaks Chinese: cover, footer, milestones with 年月日 dates', async () => {
    const bar = await renderDeck('/present?lang=zh-Hans', '演示控制');
    expect(within(bar).getByText(/^第1页，共\d+页$/)).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: '下载PowerPoint（.pptx）' })).toBeInTheDocument();
    expect(current()).toHaveAccessibleName('中巴科技合作');
    expect(within(current()).getByText('显示：所有园区 · 所有行业 · 所有年份')).toBeInTheDocument();
    // A slide's body renders when the presenter nears it (use-warm-slides.ts): go to the milestones.
    const user = userEvent.setup();
    while (current().getAttribute('data-slide-id') !== 'timeline') await user.keyboard('{PageDown}');
    const timeline = current();
    expect(within(timeline).getByRole('heading', { name: '走廊的里程碑' })).toBeInTheDocument();
    expect(within(timeline).getAllByText('2022年8月1日').length).toBeGreaterThan(0);
    expect((await within(timeline).findAllByText('意向书')).length).toBeGreaterThan(0);
    // An event's title comes from the data, in its Chinese translation.
    expect(within(timeline).getByText('特别技术区管理局与沈阳经开区意向书')).not.toHaveAttribute('lang');
  }, 50_000);

  it('reads Urdu right to left: ← is next, PageDown and Space stay next', async () => {
    const user = userEvent.setup();
    const bar = await renderDeck('/present?lang=ur', 'پریزنٹیشن کنٹرول');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    const count = Number(/از (\d+)/.exec(within(bar).getByText(/^سلائیڈ 1 از \d+$/).textContent ?? '')?.[1]);
    expect(current()).toHaveAccessibleName('چین–پاکستان ٹیکنالوجی تعاون');
    expect(
      within(current()).getByText('دکھایا جا رہا ہے: تمام زون · تمام شعبے · تمام سال'),
    ).toBeInTheDocument();
    // The keys on the cover point in reading order.
    const keys = within(current()).getByRole('list', { name: 'کلیدیں' });
    expect(within(keys).getAllByRole('listitem')[0]).toHaveTextContent('←اگلی');
    // Key names stay left to right, so the range reads 1–9, not 9–1.
    expect(within(keys).getByText('1–9')).toHaveAttribute('dir', 'ltr');
    await user.keyboard('{ArrowLeft}');
    expect(within(bar).getByText(`سلائیڈ 2 از ${count}`)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(bar).getByText(`سلائیڈ 1 از ${count}`)).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    await user.keyboard(' ');
    expect(within(bar).getByText(`سلائیڈ 3 از ${count}`)).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: /اگلی/ })).toHaveTextContent('اگلی ←');
    // The milestones in Urdu, with Urdu month names and the fiscal-year-free calendar dates.
    const timeline = document.querySelector<HTMLElement>('[data-slide-id="timeline"]')!;
    expect(within(timeline).getByRole('heading', { name: 'راہداری کے سنگِ میل' })).toBeInTheDocument();
    expect(within(timeline).getAllByText('1 اگست، 2022').length).toBeGreaterThan(0);
  }, 50_000);
});
