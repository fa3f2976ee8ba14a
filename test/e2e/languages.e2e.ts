// Every page in English, Chinese and Urdu on a 375 px phone, then at laptop (1280) and projector
// (1920) widths: <html lang dir> follow the language, nothing makes the page scroll sideways, no
// visible text is cut off (support/clipped-text.ts; in the deck, on every slide), axe finds no
// violation (at 375 px), and the header and filter bar of the Chinese and Urdu pages hold no plain
// English (the pseudo-locale check of test/pseudo-locale.ts, run in the page). A full-page
// screenshot of each is kept in test-results/ for a reader of the language to look at, and one with
// the cut-off text outlined in red when there is any.
import type { Page, TestInfo } from '@playwright/test';
import { plainEnglishIn } from '../pseudo-locale';
import { checkA11y } from './support/a11y';
import { clippedText } from './support/clipped-text';
import { expect, mockApiReady, test } from './support/fixtures';

const languages = [
  { lang: 'en', dir: 'ltr', pages: 'Overview', filters: 'Filters' },
  { lang: 'zh-Hans', dir: 'ltr', pages: '概览', filters: '筛选' },
  { lang: 'ur', dir: 'rtl', pages: 'خلاصہ', filters: 'فلٹر' },
] as const;

/** Cut-off text on the page as it is now, labelled with where; outlined in a screenshot when found. */
async function cutOff(page: Page, where: string, testInfo: TestInfo): Promise<string[]> {
  const found = await clippedText(page);
  if (found.length === 0) return [];
  const style = await page.addStyleTag({ content: '[data-clipped] { outline: 3px solid red !important; }' });
  const shot = testInfo.outputPath(`cut-off-${where.replace(/[^a-zA-Z0-9-]+/g, '-')}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach(`cut off: ${where}`, { path: shot, contentType: 'image/png' });
  await style.evaluate((el) => (el as Element).remove());
  return found.map((line) => `${where}: ${line}`);
}

/** Every slide of the deck, stepped through with PageDown (next in every language). */
async function cutOffInDeck(page: Page, where: string, testInfo: TestInfo): Promise<string[]> {
  const found: string[] = [];
  const count = await page.locator('[aria-roledescription="slide"]').count();
  for (let n = 1; n <= count; n += 1) {
    if (n > 1) await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide') ?? '1').toBe(String(n));
    // The cross-fade settles before the slide is read.
    await page.waitForFunction(() => {
      const current = document.querySelector('section[aria-current="true"]');
      return current !== null && getComputedStyle(current).opacity === '1';
    });
    found.push(...(await cutOff(page, `${where}, slide ${n}`, testInfo)));
  }
  await page.keyboard.press('Home');
  return found;
}

const paths = ['/', '/charts/demographics', '/charts/investment', '/charts/companies', '/map', '/explore'];

test.use({ viewport: { width: 375, height: 800 } });

for (const { lang, dir, pages, filters: filterBar } of languages) {
  for (const path of [...paths, '/present']) {
    test(`${path} in ${lang}`, async ({ page }, testInfo) => {
      // The deck is read slide by slide at two widths.
      if (path === '/present') test.setTimeout(120_000);
      await page.goto(`${path}?lang=${lang}`);
      await mockApiReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      if (path !== '/present') {
        // The catalogue has arrived once the navigation speaks the language.
        await expect(page.getByRole('banner').getByRole('link', { name: pages })).toBeVisible();
        await expect(page.getByRole('region', { name: filterBar, exact: true })).toBeVisible();
      }
      await expect(page.locator('[data-panel-state="loading"], [aria-busy="true"]')).toHaveCount(0, {
        timeout: 30_000,
      });

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} in ${lang} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(
        0,
      );
      const cut = await cutOff(page, `${path} in ${lang} at 375 px`, testInfo);
      await checkA11y(page, `${path} in ${lang} at 375 px`);
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(wide, `${path} in ${lang} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
        const where = `${path} in ${lang} at ${width} px`;
        cut.push(
          ...(path === '/present'
            ? await cutOffInDeck(page, where, testInfo)
            : await cutOff(page, where, testInfo)),
        );
      }
      expect(cut, 'text cut off (outlined in the attached screenshots)').toEqual([]);
      await page.setViewportSize({ width: 375, height: 800 });

      if (path !== '/present' && lang !== 'en') {
        const header = await page.getByRole('banner').evaluate(plainEnglishIn);
        expect(header, 'plain English in the header').toEqual([]);
        const filters = page.getByRole('region', { name: filterBar, exact: true });
        expect(await filters.evaluate(plainEnglishIn), 'plain English in the filter bar').toEqual([]);
      }

      const shot = testInfo.outputPath(
        `${lang}-${path === '/' ? 'overview' : path.slice(1).replaceAll('/', '-')}.png`,
      );
      await page.screenshot({ path: shot, fullPage: true });
      await testInfo.attach(`${path} in ${lang}`, { path: shot, contentType: 'image/png' });
    });
  }
}

test('the deck steps forward in reading order in Urdu: ← is next, → goes back, Space is next', async ({
  page,
}) => {
  await page.goto('/present?lang=ur');
  await mockApiReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const slideParam = () => new URL(page.url()).searchParams.get('slide');
  const current = page.locator('section[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(slideParam).toBe('2');
  await page.keyboard.press('Space');
  await expect.poll(slideParam).toBe('3');
  await page.keyboard.press('ArrowRight');
  await expect.poll(slideParam).toBe('2');
  expect(await current.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

// A page opened in Chinese or Urdu paints in that language from React's first render, instead of
// in English and then again in the language (which moved the whole page: layout shift 0.3–0.9).
for (const { lang, dir, pages } of languages.filter((l) => l.lang !== 'en')) {
  test(`a page opened in ${lang} is in ${lang} from its first render`, async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        // React's first render, not the prerendered English copy (shown only to English browsers).
        const rendered = [...(document.getElementById('root')?.children ?? [])].some(
          (child) => !child.hasAttribute('data-prerendered'),
        );
        if (!rendered) return;
        const html = document.documentElement;
        const nav = [...document.querySelectorAll('nav')].find((n) => !n.closest('[data-prerendered]'));
        const first = { lang: html.lang, dir: html.dir, nav: nav?.textContent ?? '' };
        (window as unknown as { firstRender?: typeof first }).firstRender = first;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/map?lang=${lang}`);
    await mockApiReady(page);
    // Waits for the first render: with the real API nothing else holds the test until then.
    const first = await (
      await page.waitForFunction(() => (window as unknown as { firstRender?: object }).firstRender)
    ).jsonValue();
    expect(first).toEqual({ lang, dir, nav: expect.stringContaining(pages) });
  });
}
