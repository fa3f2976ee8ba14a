/* global document, location, getComputedStyle -- page.waitForFunction callbacks run in the browser */
// Presenter mode in a real browser: every slide stepped through from the keyboard (title, footer,
// no broken panels), the slide in the URL, the print layout (one 1280×720 page per slide, each with
// its sources, the filters and the export date), a slide saved as PNG, the notes window kept in step,
// no console errors and WCAG 2.1 AA on the slides.
import { readFile } from 'node:fs/promises';

export const name = 'present';

const FILTERS = 'Showing: All zones · all sectors · all years';
/** One slide of each kind gets a full accessibility check (axe takes a second or two each). */
const AXE_ON = [
  'Zones and companies',
  'Net FDI into Pakistan, and China’s part',
  'The corridor on the map',
  'Milestones of the corridor',
];

const slideParam = (page) => new URL(page.url()).searchParams.get('slide');

/** The demo API answers once its service worker controls the page; then every slide's figures load. */
async function settle(page) {
  // Demo builds wait for the MSW worker; a real-API build (E2E_BASE_URL) has none and says so on <html data-api>.
  await page.waitForFunction(
    () =>
      navigator.serviceWorker?.controller != null ||
      globalThis.document.documentElement.dataset.api === 'live',
    null,
    { timeout: 20_000 },
  );
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.slide article').length > 0 &&
      document.querySelectorAll('.slide [aria-busy="true"]').length === 0 &&
      document.querySelector('main[aria-busy="false"]') !== null,
    null,
    { timeout: 20_000 },
  );
}

async function countSlides(page) {
  const text = await page.getByRole('navigation', { name: 'Presentation controls' }).innerText();
  return Number(/Slide \d+ of (\d+)/.exec(text)?.[1]);
}

/** The slide on screen renders: title, footer with number and filters, no error, no skeleton, drawn charts. */
async function checkSlide(page, expect, number, count) {
  const slide = page.locator('section[aria-current="true"]');
  await expect(slide).toHaveCount(1);
  // Let the cross-fade finish: colour contrast is judged on the settled slide.
  await page.waitForFunction(() => {
    const current = document.querySelector('section[aria-current="true"]');
    return current !== null && getComputedStyle(current).opacity === '1';
  });
  const title = await slide.locator('h2').first().innerText();
  expect(title.trim().length > 0).toBeTruthy();
  const footer = slide.locator('footer');
  await expect(footer).toContainText(`${number} / ${count}`);
  await expect(footer).toContainText(FILTERS);
  await expect(footer).toContainText(/Sources?:|sources/);
  await expect(slide.locator('[role="alert"]')).toHaveCount(0);
  await expect(slide.locator('.skeleton')).toHaveCount(0);
  for (const svg of await slide.locator('svg').all()) {
    const box = await svg.boundingBox();
    expect(box !== null && box.width > 0 && box.height > 0).toBeTruthy();
  }
  return title;
}

function pngSize(buffer) {
  const signature = buffer.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('the download is not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const mark = (label) =>
  process.env.E2E_TIMING && console.log(`  ${label} ${(performance.now() / 1000).toFixed(1)} s`);

export async function run({ page, baseUrl, expect, checkA11y, context }) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${baseUrl}/present`);
  await settle(page);
  const count = await countSlides(page);
  mark('loaded');
  expect(count >= 7).toBeTruthy();

  const titles = [];
  for (let n = 1; n <= count; n += 1) {
    titles.push(await checkSlide(page, expect, n, count));
    expect(slideParam(page)).toBe(n === 1 ? null : String(n));
    if (n === 1 || n === count || AXE_ON.includes(titles.at(-1))) {
      await checkA11y(page, `slide ${n} (${titles.at(-1)})`);
    }
    if (n < count) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('navigation', { name: 'Presentation controls' })).toContainText(
        `Slide ${n + 1} of ${count}`,
      );
    }
  }
  expect(new Set(titles).size).toBe(count);
  for (const expected of AXE_ON) {
    expect(titles).toContain(expected);
  }

  mark('stepped');
  // A link opens its slide; Home goes back and the first slide is never written to the URL.
  await page.goto(`${baseUrl}/present?slide=3`);
  await settle(page);
  await checkSlide(page, expect, 3, count);
  await page.keyboard.press('Home');
  await expect(page.locator('section[aria-current="true"] footer')).toContainText(`1 / ${count}`);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('slide'));

  mark('url');
  // The meeting pack: print media shows every slide on its own 1280×720 page with its footer.
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('section.slide');
  expect(await slides.count()).toBe(count);
  for (let i = 0; i < count; i += 1) {
    const slide = slides.nth(i);
    const box = await slide.boundingBox();
    expect(box !== null && Math.round(box.width) === 1280 && Math.round(box.height) === 720).toBeTruthy();
    const footer = slide.locator('footer');
    await expect(footer).toContainText(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}/, { timeout: 2000 });
    await expect(footer).toContainText(FILTERS, { timeout: 2000 });
    await expect(footer).toContainText(`${i + 1} / ${count}`, { timeout: 2000 });
    for (const svg of await slide.locator('svg').all()) {
      const svgBox = await svg.boundingBox();
      expect(svgBox !== null && svgBox.width > 0 && svgBox.height > 0).toBeTruthy();
    }
  }
  const illustrative = page.locator('section.slide footer', { hasText: 'Illustrative' });
  expect((await illustrative.count()) >= 1).toBeTruthy();
  expect(await page.locator('.deck-bar').isVisible()).toBe(false);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(count);
  await page.emulateMedia({ media: 'screen' });

  mark('print');
  // A slide as a PNG, at twice the slide's size.
  await page.keyboard.press('2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tech-corridor-02-zones-and-companies\.png$/);
  const size = pngSize(await readFile(await download.path()));
  expect(size).toEqual({ width: 2560, height: 1440 });

  mark('png');
  // The notes window: opened with N, in step both ways, and accessible.
  const notesErrors = [];
  const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
  notes.on('console', (m) => m.type() === 'error' && notesErrors.push(m.text()));
  notes.on('pageerror', (e) => notesErrors.push(e.message));
  await notes.waitForLoadState();
  await expect(notes.getByText('In step with the presentation window.')).toBeVisible({ timeout: 20_000 });
  await expect(notes.getByRole('heading', { level: 2, name: 'Zones and companies' })).toBeVisible();
  await expect(notes.getByRole('heading', { level: 2, name: 'Next: Investment and exports' })).toBeVisible();
  await expect(notes.locator('.notes-data')).toContainText('Source:');
  await notes.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByRole('heading', { level: 2, name: 'Pakistan’s people' })).toBeVisible();
  await expect(notes.locator('.notes [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await checkA11y(notes, 'speaker notes');
  await notes.close();
  if (notesErrors.length) throw new Error(`notes window console errors: ${notesErrors.join('; ')}`);

  mark('notes');
  // Escape leaves for the dashboard.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Tech Corridor' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
}
