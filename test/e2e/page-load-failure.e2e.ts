// A page or a piece of one whose code cannot load (offline on a cold cache, a deploy that replaced it)
// must say so in its place with a reload, and leave the header and the rest working: never a blank page.
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
  await expect(main.getByRole('alert')).toContainText('This part of the page could not be downloaded', {
    timeout: 20_000,
  });
  await expect(main.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('heading', { level: 1, name: 'Tech Corridor' }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Explore' }).click();
  await expect(main.getByRole('heading', { level: 2, name: 'Explore' })).toBeVisible({ timeout: 20_000 });
  await expect(main.getByRole('alert')).toHaveCount(0);
});

test('a filter bar whose code cannot load says so in its place, and the page works without it', async ({
  page,
  context,
}) => {
  await context.route(/\/assets\/filter-bar-[^/]*\.js$/, (route) => route.abort());
  // The address's filters still apply without the bar.
  await page.goto('/?from=2023');
  const banner = page.getByRole('alert').filter({ hasText: 'This part of the page could not be downloaded' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(banner).toContainText('The filters in the page’s address still apply to the figures below.');
  await expect(page.getByRole('article', { name: 'FDI from China' })).toContainText('$1.23bn');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Explore' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Explore' })).toBeVisible({
    timeout: 20_000,
  });
});

test('a menu whose code cannot load says so beside its button, and the table stays', async ({
  page,
  context,
}) => {
  await context.route(/\/assets\/column-menu-popup-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/explore');
  const main = page.getByRole('main');
  await expect(main.getByRole('table').first()).toBeVisible({ timeout: 20_000 });
  await main.getByRole('button', { name: /Columns/ }).click();
  await expect(main.getByRole('alert')).toContainText('This part of the page could not be downloaded', {
    timeout: 20_000,
  });
  await expect(main.getByRole('button', { name: /Columns/ })).toBeVisible();
  await expect(main.getByRole('table').first()).toBeVisible();
});
