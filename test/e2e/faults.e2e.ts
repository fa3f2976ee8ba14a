// A failing observations endpoint (simulated HTTP 503 via ?fault=) must break the cards that need
// it, each with a retry, and never blank the page.
import { expect, test } from './support/fixtures';

// Chromium logs every non-2xx response as a console error; these 503s are the scenario under test.
test.use({ allowedConsoleErrors: [/status of 503/] });

test('faults', async ({ page }) => {
  await page.goto('/?fault=observations:error-503');

  const banner = page.getByRole('banner');
  await expect(banner.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();

  const failing = page.getByRole('article').filter({ hasText: 'answered 5' }).first();
  await expect(failing).toContainText('answered 5', { useInnerText: true, timeout: 30_000 });
  await expect(failing.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();

  // The banner names the faults the demo API applies, and only those.
  await expect(page.getByRole('status').filter({ hasText: 'Rehearsal mode' })).toContainText(
    'simulated faults are active (observations:error-503)',
  );

  // The header is still there once the errors are shown: no blank page, no crashed root.
  await expect(banner.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();
});
