// A sample of the fault matrix (test/fault-matrix.ts) on the production build, through ?fault=:
// the 4 s rule, Retry-After, the shared circuit, hostile links, the deck, saved figures, offline.
import type { Page } from '@playwright/test';
import { expect, mockApiReady, test } from './support/fixtures';

// Chromium logs every non-2xx response as a console error; those are the scenarios under test.
test.use({ allowedConsoleErrors: [/status of (401|500|503)/] });

const fdi = (page: Page) => page.getByRole('article', { name: 'FDI from China' });

/**
 * The FDI card's answer is in the saved figures. The cache is written at most once a second, and only
 * with answered queries; /meta's answer names the indicator too, so look for the observations' key.
 */
function fdiSaved(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Saved = { clientState?: { queries?: { queryKey: unknown[] }[] } };
    const saved = JSON.parse(localStorage.getItem('tech-corridor:figures') ?? '{}') as Saved;
    return (saved.clientState?.queries ?? []).some(
      (q) => q.queryKey[1] === 'observations' && JSON.stringify(q.queryKey).includes('fdi-net-china'),
    );
  });
}

/** A returning visitor: the demo service worker is installed, as it is after the first visit. */
async function returning(page: Page) {
  await page.goto('/');
  await mockApiReady(page);
  await expect(fdi(page)).toContainText('$1.23bn');
}

test('a silent API: "still loading", then "not answering" within 4 s of page load', async ({ page }) => {
  await returning(page);
  const started = Date.now();
  await page.goto('/?fault=observations:timeout');
  await expect(fdi(page)).toContainText('The data service is not answering. Retrying in', { timeout: 4000 });
  expect(Date.now() - started).toBeLessThan(4500);
  await expect(fdi(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
});

test('503 with Retry-After says when it will retry; details behind a disclosure', async ({ page }) => {
  await returning(page);
  await page.goto('/?fault=observations:error-503-retry-after');
  await expect(fdi(page)).toContainText(/answered 503, a fault on its side\. Retrying in [5-8] s\./, {
    timeout: 4000,
  });
  const details = fdi(page).getByText('Details');
  await details.click();
  await expect(fdi(page)).toContainText('Retry-After');
  await expect(fdi(page)).not.toContainText(/at \S+ \(.*:\d+:\d+\)/);
});

test('every endpoint failing: one circuit, every panel at once, a page-wide notice', async ({ page }) => {
  await returning(page);
  await page.goto('/?fault=all:error-500');
  for (const name of ['FDI from China', 'ICT exports', 'Pakistan population'])
    await expect(page.getByRole('article', { name })).toContainText('answered 500', { timeout: 4000 });
  await expect(page.getByText(/Requests are paused and tried again/)).toBeVisible();
  await page.screenshot({ path: 'test-results/fault-all-500.png', fullPage: true });
});

test('a javascript: link from the API is never rendered; its record is reported', async ({ page }) => {
  await returning(page);
  await page.goto('/map?view=list&fault=zones:javascript-links');
  await expect(page.getByText(/Some records were left out because they failed validation/)).toBeVisible();
  await expect(page.getByRole('table', { name: /^Zones on the map/ })).toBeVisible();
  expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
});

test('the deck keeps a slide whose data failed, and the cover names it', async ({ page }) => {
  await returning(page);
  // Without saved figures, so that the slide has nothing to fall back on (the overview may or may not
  // have saved its figures by now; the test below covers the saved case).
  await page.addInitScript(() => localStorage.removeItem('tech-corridor:figures'));
  await page.goto('/present?fault=observations:error-401');
  const cover = page.getByRole('region', { name: 'China–Pakistan technology cooperation' });
  await expect(cover).toContainText(/Data did not load for \d+ slides/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-current="true"]')).toContainText('Data missing on this slide');
  await page.screenshot({ path: 'test-results/fault-deck-401.png' });
});

test('with saved figures, the deck shows them on a failed slide, labelled as saved', async ({ page }) => {
  await returning(page);
  await expect.poll(() => fdiSaved(page)).toBe(true);
  await page.goto('/present?fault=observations:error-401');
  const cover = page.getByRole('region', { name: 'China–Pakistan technology cooperation' });
  await expect(cover).toContainText(/Data did not load for \d+ slides/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const slide = page.locator('[data-current="true"]');
  await expect(slide).toContainText('$1.23bn');
  await expect(slide).toContainText(/As of your last successful load, .*answered 401/);
});

test('last good figures survive a reload with the API down, labelled as such', async ({ page }) => {
  await returning(page);
  await expect.poll(() => fdiSaved(page)).toBe(true);
  await page.goto('/?fault=all:error-503');
  await expect(fdi(page)).toContainText('$1.23bn');
  await expect(fdi(page)).toContainText(/As of your last successful load, .*answered 503/);
  await page.screenshot({ path: 'test-results/fault-saved-figures.png', fullPage: true });
});

test('offline: the page says so', async ({ page, context }) => {
  await returning(page);
  await context.setOffline(true);
  await expect(page.getByText(/You are offline/).first()).toBeVisible();
  await context.setOffline(false);
});

function cutOffOnly(error: unknown) {
  const cutOff =
    error instanceof Error && /net::ERR_ABORTED|interrupted by another navigation/.test(error.message);
  if (!cutOff) throw error;
}

// MSW re-checks its worker script on every start; a navigation during that check used to surface
// as an uncaught "Failed to update a ServiceWorker" (the fixture fails the test on any such error).
test('moving between pages in one tab, quickly, raises no uncaught error', async ({ page }) => {
  await returning(page);
  for (let round = 0; round < 2; round += 1)
    for (const path of ['/charts', '/map', '/explore', '/present', '/charts/companies', '/']) {
      // Cutting a page off mid-load is the point, so Chromium may report this navigation as aborted
      // or interrupted. Any uncaught error in the page still fails the test.
      await page.goto(path, { waitUntil: 'commit' }).catch(cutOffOnly);
      await page.waitForTimeout(150);
    }
  await expect(async () => {
    await page.goto('/');
    await expect(fdi(page)).toContainText('$1.23bn', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
});
