// The executive overview on demo data: header, the key KPI figures with their sources, provenance
// badges, and WCAG 2.1 AA. Names used here are the contract with the overview UI.
import { checkA11y } from './support/a11y';
import { expect, mockApiReady, test } from './support/fixtures';

const PROVENANCE = /\b(Sourced|Announcement|Estimate|Illustrative)\b/;
const inner = { useInnerText: true };

test('overview', async ({ page }) => {
  await page.goto('/');

  const banner = page.getByRole('banner');
  await expect(banner.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();
  await expect(banner).toContainText('Demo data', inner);

  await mockApiReady(page);

  const kpi = (title: string) => page.getByRole('article', { name: title, exact: true });

  const population = kpi('Pakistan population');
  await expect(population).toContainText('241.49 million', { ...inner, timeout: 20_000 });
  await expect(population.getByRole('link', { name: /Daily Pakistan/ }).first()).toBeVisible();

  const fdi = kpi('FDI from China');
  await expect(fdi).toContainText('$1.23bn', inner);
  await expect(fdi).toContainText('FY2025', inner);

  const fortune = kpi('SEDA on the Fortune lists');
  await expect(fortune).toContainText(/\b84\b/, inner);
  await expect(fortune).toContainText(/\b32\b/, inner);

  // Every card has settled (no skeletons) before its badge and the page's accessibility are judged.
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
  const articles = page.getByRole('article');
  const count = await articles.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i += 1) {
    const article = articles.nth(i);
    const label = await article.getAttribute('aria-labelledby');
    await expect(
      article.locator('[data-provenance]').first(),
      `KPI card ${label ?? i} has a provenance badge`,
    ).toContainText(PROVENANCE, { ...inner, timeout: 5000 });
  }

  await checkA11y(page, 'overview');
});
