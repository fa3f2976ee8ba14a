// The indicator charts on demo data: each family page renders its charts with no console errors
// and no WCAG 2.1 AA violations (light and dark, chart and table views), and a chart's figures
// and image can be taken away: a CSV with a provenance column and a PNG.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { expect, mockApiReady, test } from './support/fixtures';

const FDI = 'Net FDI into Pakistan, all countries and from China';
const inner = { useInnerText: true };

const pages = [
  {
    path: 'demographics',
    link: 'Demographics',
    heading: 'Charts: Demographics',
    frame: "Pakistan's population",
    summary: /251\.27 million in 2024/,
  },
  {
    path: 'investment',
    link: 'Investment flows',
    heading: 'Charts: Investment flows',
    frame: FDI,
    summary: /\$2\.46bn in FY2025/,
  },
  {
    path: 'companies',
    link: 'Company counts',
    heading: 'Charts: Company counts',
    frame: 'Special Technology Zones over time',
    summary: /23 Special Technology Zones/,
  },
];

async function settled(page: Page) {
  // Every frame has its figures (or its error or empty state): none is still loading.
  await expect(page.getByRole('region').and(page.locator('[aria-busy="true"]'))).toHaveCount(0, {
    timeout: 20_000,
  });
  // A drawn chart: Recharts' surface with its accessibility layer.
  await expect(page.getByRole('application').first()).toBeVisible();
}

test('charts', async ({ page }) => {
  await page.goto('/charts');
  await mockApiReady(page);
  // One page load, then the sub-navigation, as a reader moves between families. (A reload would
  // make MSW re-check its worker, which Chromium fails once axe has opened its helper page.)
  const families = page.getByRole('navigation', { name: 'Indicator families' });
  for (const { path, link, heading, frame, summary } of pages) {
    await families.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    expect(page.url()).toContain(`/charts/${path}`);
    const region = page.getByRole('region', { name: frame, exact: true });
    await expect(region).toContainText(summary, { ...inner, timeout: 20_000 });
    await expect(region.getByRole('tab', { name: 'Table' })).toBeVisible();
    await settled(page);
    await checkA11y(page, `charts/${path}`);
  }

  await families.getByRole('link', { name: 'Investment flows' }).click();
  const fdi = page.getByRole('region', { name: FDI, exact: true });
  await expect(fdi).toContainText(/\$2\.46bn in FY2025/, { ...inner, timeout: 20_000 });
  await settled(page);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    fdi.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('net-fdi-into-pakistan-all-countries-and-from-china.png');
  const image = await readFile(await png.path());
  expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(image.length).toBeGreaterThan(20_000);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    fdi.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('net-fdi-into-pakistan-all-countries-and-from-china.csv');
  const [header = '', ...rows] = (await readFile(await csv.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(header.split(',')).toContain('provenance');
  expect(header).toContain('source_url');
  expect(rows.some((row) => /^FY2024,China,revised,643000000,sourced,/.test(row))).toBe(true);
  expect(rows.some((row) => /^FY2024,China,first reported,568000000,sourced,/.test(row))).toBe(true);

  // The table is the accessible alternative: exact values, and the address reopens it.
  await fdi.getByRole('tab', { name: 'Table' }).click();
  await expect(fdi.getByRole('table')).toContainText('US$1,227,000,000', inner);
  expect(page.url()).toContain('table=fdi');
  await checkA11y(page, 'charts/investment (FDI as a table)');
});

test.describe('dark theme', () => {
  // The system setting: the same charts must keep their contrast, in a fresh context.
  test.use({ colorScheme: 'dark' });

  test('charts in the dark theme', async ({ page }) => {
    await page.goto('/charts/companies');
    const zones = page.getByRole('region', { name: pages[2]!.frame, exact: true });
    await expect(zones).toContainText(pages[2]!.summary, { ...inner, timeout: 20_000 });
    await settled(page);
    await checkA11y(page, 'charts/companies (dark)');
  });
});
