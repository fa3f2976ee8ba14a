// The executive overview on demo data: header, the key KPI figures with their sources, provenance
// badges, and WCAG 2.1 AA. Names used here are the contract with the overview UI.
export const name = 'overview';

const PROVENANCE = /\b(Sourced|Announcement|Estimate|Illustrative)\b/;

export async function run({ page, baseUrl, expect, checkA11y }) {
  await page.goto(`${baseUrl}/`);

  const banner = page.getByRole('banner');
  await expect(banner.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();
  await expect(banner).toContainText('Demo data');

  // Figures only appear once the MSW service worker controls the page and answers the API.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });

  const kpi = (title) => page.getByRole('article', { name: title, exact: true });

  const population = kpi('Pakistan population');
  await expect(population).toContainText('241.49 million', { timeout: 20_000 });
  await expect(population.getByRole('link', { name: /Daily Pakistan/ })).toBeVisible();

  const fdi = kpi('FDI from China');
  await expect(fdi).toContainText('$1.23bn');
  await expect(fdi).toContainText('FY2025');

  const fortune = kpi('SEDA on the Fortune lists');
  await expect(fortune).toContainText(/\b84\b/);
  await expect(fortune).toContainText(/\b32\b/);

  // Every card has settled (no skeletons) before its badge and the page's accessibility are judged.
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
  const articles = page.getByRole('article');
  const count = await articles.count();
  expect(count >= 3).toBeTruthy();
  for (let i = 0; i < count; i += 1) {
    const article = articles.nth(i);
    const label = await article.getAttribute('aria-labelledby');
    await expect(article.locator('.prov-badge').first())
      .toContainText(PROVENANCE, { timeout: 5000 })
      .catch((error) => {
        throw new Error(`KPI card ${label ?? i} has no provenance badge: ${error.message}`);
      });
  }

  await checkA11y(page, 'overview');
}
