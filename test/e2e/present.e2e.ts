// Presenter mode in a real browser: every slide stepped through from the keyboard (title, footer,
// no broken panels), the slide in the URL, the print layout (one 1280×720 page per slide, each with
// its sources, the filters and the export date), a slide saved as PNG, the notes window kept in step,
// no console errors and WCAG 2.1 AA on the slides.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { settleDeck } from './support/deck';
import { expect, test } from './support/fixtures';

const FILTERS = 'Showing: All zones · all sectors · all years';
const inner = { useInnerText: true };
/** One slide of each kind gets a full accessibility check (axe takes a second or two each). */
const AXE_ON = [
  'Zones and companies',
  'Net FDI into Pakistan, and China’s part',
  'The corridor on the map',
  'Milestones of the corridor',
];

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');

async function countSlides(page: Page) {
  const text = await page.getByRole('navigation', { name: 'Presentation controls' }).innerText();
  return Number(/Slide \d+ of (\d+)/.exec(text)?.[1]);
}

/** The slide on screen renders: title, footer with number and filters, no error, no skeleton, drawn charts. */
async function checkSlide(page: Page, number: number, count: number) {
  const slide = page.locator('section[aria-current="true"]');
  await expect(slide).toHaveCount(1);
  // Let the cross-fade finish: colour contrast is judged on the settled slide.
  await page.waitForFunction(() => {
    const current = document.querySelector('section[aria-current="true"]');
    return current !== null && getComputedStyle(current).opacity === '1';
  });
  const title = await slide.locator('h2').first().innerText();
  expect(title.trim().length).toBeGreaterThan(0);
  const footer = slide.locator('footer');
  await expect(footer).toContainText(`${number} / ${count}`, inner);
  await expect(footer).toContainText(FILTERS, inner);
  await expect(footer).toContainText(/Sources?:|sources/, inner);
  await expect(slide.locator('[role="alert"]')).toHaveCount(0);
  await expect(slide.locator('[data-panel-state="loading"]')).toHaveCount(0);
  for (const svg of await slide.locator('svg').all()) {
    const box = await svg.boundingBox();
    expect(box !== null && box.width > 0 && box.height > 0).toBe(true);
  }
  return title;
}

function pngSize(buffer: Buffer) {
  const signature = buffer.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('the download is not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test('present', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present');
  await settleDeck(page);
  const count = await countSlides(page);
  expect(count).toBeGreaterThanOrEqual(7);

  const titles: string[] = [];
  await test.step('step through every slide', async () => {
    for (let n = 1; n <= count; n += 1) {
      const title = await checkSlide(page, n, count);
      titles.push(title);
      expect(slideParam(page)).toBe(n === 1 ? null : String(n));
      if (n === 1 || n === count || AXE_ON.includes(title)) {
        await checkA11y(page, `slide ${n} (${title})`);
      }
      if (n < count) {
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('navigation', { name: 'Presentation controls' })).toContainText(
          `Slide ${n + 1} of ${count}`,
          inner,
        );
      }
    }
    expect(new Set(titles).size).toBe(count);
    for (const expected of AXE_ON) {
      expect(titles).toContain(expected);
    }
  });

  await test.step('a link opens its slide; Home goes back', async () => {
    // The first slide is never written to the URL.
    await page.goto('/present?slide=3');
    await settleDeck(page);
    await checkSlide(page, 3, count);
    await page.keyboard.press('Home');
    await expect(page.locator('section[aria-current="true"] footer')).toContainText(`1 / ${count}`, inner);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('slide'));
  });

  await test.step('print: one 1280×720 page per slide', async () => {
    await page.emulateMedia({ media: 'print' });
    const slides = page.locator('[aria-roledescription="slide"]');
    expect(await slides.count()).toBe(count);
    for (let i = 0; i < count; i += 1) {
      const slide = slides.nth(i);
      const box = await slide.boundingBox();
      expect(box !== null && Math.round(box.width) === 1280 && Math.round(box.height) === 720).toBe(true);
      const footer = slide.locator('footer');
      await expect(footer).toContainText(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}/, { ...inner, timeout: 2000 });
      await expect(footer).toContainText(FILTERS, { ...inner, timeout: 2000 });
      await expect(footer).toContainText(`${i + 1} / ${count}`, { ...inner, timeout: 2000 });
      for (const svg of await slide.locator('svg').all()) {
        const svgBox = await svg.boundingBox();
        expect(svgBox !== null && svgBox.width > 0 && svgBox.height > 0).toBe(true);
      }
    }
    const illustrative = page.locator('[aria-roledescription="slide"] footer', { hasText: 'Illustrative' });
    expect(await illustrative.count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('navigation', { name: 'Presentation controls' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(count);
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('a slide as a PNG, at twice its size', async () => {
    await page.keyboard.press('2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tech-corridor-02-zones-and-companies\.png$/);
    const size = pngSize(await readFile(await download.path()));
    expect(size).toEqual({ width: 2560, height: 1440 });
  });

  await test.step('the notes window: opened with N, in step both ways, accessible', async () => {
    // Its page and console errors fail the test through the shared fixture (it watches the context).
    const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
    await notes.waitForLoadState();
    await expect(notes.getByText('In step with the presentation window.')).toBeVisible({ timeout: 20_000 });
    await expect(notes.getByRole('heading', { level: 2, name: 'Zones and companies' })).toBeVisible();
    await expect(
      notes.getByRole('heading', { level: 2, name: 'Next: Investment and exports' }),
    ).toBeVisible();
    await expect(notes.getByRole('list', { name: 'From the data' })).toContainText('Source:', inner);
    await notes.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    await page.keyboard.press('ArrowRight');
    await expect(notes.getByRole('heading', { level: 2, name: 'Pakistan’s people' })).toBeVisible();
    await expect(notes.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    await checkA11y(notes, 'speaker notes');
    await notes.close();
  });

  // Escape leaves for the dashboard.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
});
