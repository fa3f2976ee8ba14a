/* global document, location -- page.evaluate callbacks run in the browser */
// The corridor map on demo data: China and Pakistan drawn from Natural Earth, zone markers present,
// a zone selected and cleared by keyboard alone, the list view, and WCAG 2.1 AA in both views.
// Names used here are the contract with the map UI.
export const name = 'map';

export async function run({ page, baseUrl, expect, checkA11y }) {
  await page.goto(`${baseUrl}/map`);
  // Demo builds wait for the MSW worker; a real-API build (E2E_BASE_URL) has none and says so on <html data-api>.
  await page.waitForFunction(
    () =>
      navigator.serviceWorker?.controller != null ||
      globalThis.document.documentElement.dataset.api === 'live',
    null,
    { timeout: 20_000 },
  );

  const region = page.getByRole('region', { name: 'Map' });
  const map = region.getByRole('group', { name: /^Map of China and Pakistan with \d+ zones$/ });
  await expect(map).toBeVisible({ timeout: 30_000 });

  // Both countries are real shapes on screen, not empty paths.
  for (const country of ['China', 'Pakistan']) {
    const shape = page.locator(`[data-country="${country}"]`);
    await expect(shape).toHaveCount(1);
    const d = (await shape.getAttribute('d')) ?? '';
    expect(d.length > 500).toBeTruthy();
    const box = await shape.boundingBox();
    expect(box !== null && box.width > 40 && box.height > 40).toBeTruthy();
  }
  await expect(page.locator('[data-disputed="Kashmir"]')).toHaveCount(1);

  await expect(map.getByRole('button', { name: /^SEDA Shenyang/ })).toBeVisible();
  const markerCount = await map.locator('[data-zone-id][role="button"]').count();
  expect(markerCount >= 10).toBeTruthy();

  // Keyboard only: Tab from the map to the NUST marker, read its tooltip, select it, clear it.
  await map.focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-zone-id') === 'stz-nust');
  }
  expect(reached).toBeTruthy();
  await expect(page.getByRole('tooltip')).toContainText('NUST Special Technology Zone');
  await expect(page.getByRole('tooltip')).toContainText('Location approximate');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('zone') === 'stz-nust');
  await expect(region.getByRole('group', { name: 'Selected zones' })).toContainText('NUST Islamabad');
  expect(await map.locator('[data-zone-id="stz-nust"]').getAttribute('aria-pressed')).toBe('true');

  await checkA11y(page, 'map');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('zone'));

  // The list alternative carries the same zones.
  await region.getByRole('button', { name: 'List', exact: true }).click();
  const table = region.getByRole('table');
  await expect(table).toContainText('Lahore Technopolis');
  await expect(table.getByRole('row')).toHaveCount(markerCount + 1);
  await checkA11y(page, 'map list');
}
