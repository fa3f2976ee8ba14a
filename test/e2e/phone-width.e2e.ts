// Every page fits a 375 px phone: nothing makes the page itself scroll sideways (a wide table
// scrolls inside its own box), checked once the page has its data; axe (with best-practice rules)
// runs on each.
import { checkA11y } from './support/a11y';
import { expect, mockApiReady, test } from './support/fixtures';

// The pages of the navigation (src/app/routes.ts), each chart family, and the presenter's deck.
const paths = [
  '/',
  '/charts/demographics',
  '/charts/investment',
  '/charts/companies',
  '/map',
  '/map?view=list',
  '/explore',
  '/present',
];

test.use({ viewport: { width: 375, height: 800 } });

for (const path of paths) {
  test(`${path} fits a 375 px screen`, async ({ page }) => {
    await page.goto(path);
    await mockApiReady(page);
    // Measured once the page and every panel have their data (lazy pages, tables, charts).
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('[data-panel-state="loading"], [aria-busy="true"]')).toHaveCount(0, {
      timeout: 30_000,
    });
    if (path === '/explore') await expect(page.getByRole('table', { name: /^Observations/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
    await checkA11y(page, `${path} at 375 px`);
  });
}

test('a derived figure’s method, shown on focus, fits a 375 px screen (#12 item 5)', async ({ page }) => {
  await page.goto('/');
  await mockApiReady(page);
  const card = page.getByRole('article').filter({ hasText: 'FDI from China' });
  const badge = card.getByRole('group', { name: 'Change' }).locator('[data-provenance]');
  await badge.focus();
  const how = badge.getByText(/^How: /);
  await expect(how).toHaveText(/^How: Computed by the dashboard: /);
  await expect(how).toBeVisible();
  const box = await how.boundingBox();
  expect(box, 'the method is drawn').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
});
