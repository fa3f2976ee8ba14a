// Each page's HTML carries its English first screen (scripts/prerender.mjs), so a slow phone paints
// the heading and lede before the app's JavaScript arrives. The copy is inert, shows only where it
// is right (its own address, English, no query string) and gives way to the app.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const pages = [
  ['/', 'Overview'],
  ['/map', 'Map'],
  ['/charts/investment', 'Charts'],
  ['/explore', 'Explore'],
] as const;

/** Opens a page with the app's scripts held back: what the HTML alone paints. */
async function openWithoutApp(page: Page, path: string) {
  await page.route(/\/assets\/.*\.js$/, () => undefined);
  await page.goto(path, { waitUntil: 'commit' });
}

for (const [path, heading] of pages) {
  test(`${path} paints its heading and lede from the HTML, inert until the app arrives`, async ({ page }) => {
    await openWithoutApp(page, path);
    const copy = page.locator(`[data-prerendered="${path}"]`);
    await expect(copy.locator('.page-title', { hasText: heading })).toBeVisible();
    await expect(copy.locator('.page-lede').first()).toBeVisible();
    await expect(copy).toHaveAttribute('inert', '');
    // Out of the accessibility tree: nothing to press before it works.
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  });
}

test('the app replaces the copy with the same page', async ({ page }) => {
  await page.goto('/map');
  await expect(page.getByRole('heading', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('.page-title', { hasText: 'Map' })).toHaveCount(1);
});

test('an address with a query string, or another page, never shows a copy made for somewhere else', async ({
  page,
}) => {
  await openWithoutApp(page, '/map?zone=stz-nust');
  await expect(page.locator('[data-prerendered]')).toBeHidden();
  await openWithoutApp(page, '/present');
  await expect(page.locator('[data-prerendered]')).toBeHidden();
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the English copy stays hidden, and the page arrives in Chinese', async ({ page }) => {
    await openWithoutApp(page, '/map');
    await expect(page.locator('[data-prerendered]')).toBeHidden();
  });
});
