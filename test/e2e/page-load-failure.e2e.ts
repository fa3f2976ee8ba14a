// A page whose code cannot load (offline on a cold cache, a deploy that replaced it) must say so in
// the page's place with Retry, and leave the header and the other pages working: never a blank page.
import { expect, test } from './support/fixtures';

// Chromium logs the blocked script and React the failure its boundary caught: both are the scenario.
test.use({ allowedConsoleErrors: [/Failed to load resource|dynamically imported module|Failed to fetch/] });

test('a page whose code cannot load says so in its place, and the others still open', async ({
  page,
  context,
}) => {
  // On the context, not the page: the demo API's service worker fetches what it passes through.
  await context.route(/\/assets\/map-page-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Map' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'Retry', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(main).toContainText('⚠');
  await expect(
    page.getByRole('banner').getByRole('heading', { level: 1, name: 'Tech Corridor' }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Explore' }).click();
  await expect(main.getByRole('heading', { level: 2, name: 'Explore' })).toBeVisible({ timeout: 20_000 });
  await expect(main.getByRole('button', { name: 'Retry', exact: true })).toHaveCount(0);
});
