// The corridor map on demo data: China and Pakistan drawn from Natural Earth, zone markers present,
// a zone selected and cleared by keyboard alone, the list view, and WCAG 2.1 AA in both views.
// Names used here are the contract with the map UI.
import { checkA11y } from './support/a11y';
import { expect, mockApiReady, test } from './support/fixtures';

const inner = { useInnerText: true };

test('map', async ({ page }) => {
  await page.goto('/map');
  await mockApiReady(page);

  const region = page.getByRole('region', { name: 'Map' });
  const map = region.getByRole('group', { name: /^Map of China and Pakistan with \d+ zones$/ });
  await expect(map).toBeVisible({ timeout: 30_000 });

  // Both countries are real shapes on screen, not empty paths.
  for (const country of ['China', 'Pakistan']) {
    const shape = page.locator(`[data-country="${country}"]`);
    await expect(shape).toHaveCount(1);
    const d = (await shape.getAttribute('d')) ?? '';
    expect(d.length).toBeGreaterThan(500);
    const box = await shape.boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    expect(box?.height).toBeGreaterThan(40);
  }
  await expect(page.locator('[data-disputed="Kashmir"]')).toHaveCount(1);

  await expect(map.getByRole('button', { name: /^SEDA Shenyang/ }).first()).toBeVisible();
  const markerCount = await map.locator('[data-zone-id][role="button"]').count();
  expect(markerCount).toBeGreaterThanOrEqual(10);

  // Keyboard only: Tab from the map to the NUST marker, read its tooltip, select it, clear it.
  await map.focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-zone-id') === 'stz-nust');
  }
  expect(reached).toBe(true);
  await expect(page.getByRole('tooltip')).toContainText('NUST Special Technology Zone', inner);
  await expect(page.getByRole('tooltip')).toContainText('Location approximate', inner);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('zone') === 'stz-nust');
  await expect(region.getByRole('group', { name: 'Selected zones' })).toContainText('NUST Islamabad', inner);
  await expect(map.locator('[data-zone-id="stz-nust"]')).toHaveAttribute('aria-pressed', 'true');

  await checkA11y(page, 'map');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('zone'));

  // The list alternative carries the same zones.
  await region.getByRole('button', { name: 'List', exact: true }).click();
  const table = region.getByRole('table');
  await expect(table).toContainText('Lahore Technopolis', inner);
  await expect(table.getByRole('row')).toHaveCount(markerCount + 1);
  await checkA11y(page, 'map list');
});
