// Analysts' exploration: filters set through the UI land in the URL, survive a reload, step back with
// the browser's Back, and the CSV download matches the table, sources included.
import { readFile } from 'node:fs/promises';
import { checkA11y } from './support/a11y';
import { expect, mockApiReady, test } from './support/fixtures';

const inner = { useInnerText: true };

test('explore', async ({ page }) => {
  await page.goto('/explore?indicator=zone-companies');
  await mockApiReady(page);
  const filters = page.getByRole('region', { name: 'Filters' });
  const table = page.getByRole('table', { name: /^Observations/ });
  await expect(table).toContainText('Illustrative', { ...inner, timeout: 20_000 });

  // Zones: open the searchable list, type, pick by keyboard.
  await filters.getByRole('button', { name: /^Zones/ }).click();
  await page.getByRole('searchbox', { name: 'Search zones' }).pressSequentially('Lahore Tech');
  const zoneList = page.getByRole('dialog', { name: 'Choose zones' });
  await expect(zoneList.getByRole('option')).toHaveCount(1);
  await zoneList.getByRole('option', { name: /Lahore Technopolis/ }).click();
  // Escape clears the search field first (React Aria's SearchField), then closes the list.
  for (let i = 0; i < 3 && (await page.getByRole('dialog', { name: 'Choose zones' }).count()) > 0; i += 1) {
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('dialog', { name: 'Choose zones' })).toHaveCount(0);
  await expect(filters).toContainText('Showing: Lahore Technopolis', inner);

  // Years: From 2022 (the illustrative company split is of the sourced Aug 2022 count).
  await filters.getByRole('combobox', { name: 'From' }).selectOption({ label: '2022 / FY2022' });
  await expect(filters).toContainText(
    'Showing: Lahore Technopolis · all sectors · from 2022 (FY2022)',
    inner,
  );
  expect(page.url()).toMatch(/zone=stz-lahore-technopolis/);
  expect(page.url()).toMatch(/from=2022/);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText(
    'Showing: Lahore Technopolis · all sectors · from 2022 (FY2022)',
    { ...inner, timeout: 20_000 },
  );
  await expect(table).toContainText('Lahore Technopolis', { ...inner, timeout: 20_000 });

  // Back undoes the last filter change.
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText(
    'Showing: Lahore Technopolis · all sectors · all years',
    inner,
  );
  expect(page.url()).not.toContain('from=2022');

  // CSV: the downloaded rows are the table's rows, each with its provenance.
  const rowsInTable = await table.locator('tbody tr:not([aria-hidden])').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  // Stable column ids first, then the preamble, the header row in the reader's language, the rows.
  expect(lines[0]).toMatch(
    /^place,place_id,place_type,.*,provenance,source,source_url,as_of,definition,method,copied_from,note$/,
  );
  const header = lines.findIndex((l) => l.startsWith('Zone or place,'));
  expect(header).toBeGreaterThan(1);
  expect(lines.slice(1, header).join(' ')).toContain('Showing: Lahore Technopolis');
  expect(lines[header]).toContain('Provenance,Source,Source link,As of');
  const dataLines = lines.slice(header + 1);
  expect(dataLines.length).toBe(rowsInTable);
  expect(
    dataLines.every(
      (l) => l.startsWith('Lahore Technopolis,stz-lahore-technopolis,zone,') && l.includes(',illustrative,'),
    ),
  ).toBe(true);

  await checkA11y(page, 'explore');
});
