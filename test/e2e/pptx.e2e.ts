// The meeting pack as PowerPoint: the present view's download, opened as a zip (one slide per deck
// slide, native charts holding the API's values, notes with the sources, only http(s) links), then
// converted to PDF by LibreOffice headless (one page per slide, each with its title and sources).
// One page is kept as a PNG in test-results/ for eyes.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { settleDeck } from './support/deck';
import { expect, test } from './support/fixtures';
import { convertToPdf, pdfPages, pdfPageText, pdfPageToPng, requireOfficeTools } from './support/office';

interface DeckSlide {
  title: string;
  /** The publications named in the slide's footer on screen. */
  sources: string[];
}

/** What the deck shows on screen: each slide's title and the names in its footer. */
const deckOnScreen = (page: Page): Promise<DeckSlide[]> =>
  page.locator('[aria-roledescription="slide"]').evaluateAll((sections) =>
    sections.map((s) => ({
      title: s.querySelector('h2')?.textContent?.trim() ?? '',
      sources: [...s.querySelectorAll('footer [data-source]')].map(
        (e) => e.getAttribute('data-source') ?? '',
      ),
    })),
  );

const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';
const partsMatching = (zip: JSZip, pattern: RegExp) =>
  Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
const xmlText = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** Each series of a chart part: its name and its values (empty cells are gaps). */
function seriesOf(chartXml: string) {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => ({
    name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '',
    values: [...(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)]
      .map((m) => m[1] ?? '')
      .filter((v) => v !== '')
      .map(Number),
  }));
}

test('present: Download PowerPoint (.pptx)', async ({ page }, testInfo) => {
  requireOfficeTools();
  test.setTimeout(180_000);
  await page.goto('/present');
  await settleDeck(page);
  const deck = await deckOnScreen(page);
  expect(deck.length).toBeGreaterThanOrEqual(7);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tech-corridor-\d{4}-\d{2}-\d{2}\.pptx$/);
  const file = testInfo.outputPath('deck.pptx');
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(await readFile(file));

  await test.step('one slide per deck slide, in order, each with its title', async () => {
    const slides = partsMatching(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(deck.length);
    for (const [i, name] of slides.entries())
      expect(xmlText(await text(zip, name))).toContain(deck[i]?.title);
  });

  await test.step('native charts hold the API’s figures', async () => {
    const charts = await Promise.all(
      partsMatching(zip, /^ppt\/charts\/chart\d+\.xml$/).map((n) => text(zip, n)),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const api = await page.evaluate(async () => {
      const response = await fetch('/api/v1/observations?indicators=fdi-net-china&geos=PAK&vintage=all');
      return ((await response.json()) as { data: { value: number }[] }).data.map((o) => o.value);
    });
    const china = charts.flatMap(seriesOf).find((s) => /China/.test(s.name));
    expect(china, 'a chart series for China’s FDI').toBeDefined();
    expect(china?.values.length).toBeGreaterThan(3);
    for (const value of china?.values ?? []) expect(api).toContain(value);
  });

  await test.step('every slide’s notes carry its data notes and sources', async () => {
    const notes = partsMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(notes).toHaveLength(deck.length);
    for (const [i, name] of notes.entries()) {
      const said = xmlText(await text(zip, name));
      expect(said.length).toBeGreaterThan(20);
      for (const source of deck[i]?.sources ?? []) expect(said).toContain(source);
    }
  });

  await test.step('the illustrative breakdown says so on its slide, in its chart and in its notes', async () => {
    const i = deck.findIndex((d) => d.title === 'Companies by zone and sector (illustrative)');
    expect(i, 'the companies-by-zone slide').toBeGreaterThan(0);
    const slide = xmlText(await text(zip, `ppt/slides/slide${i + 1}.xml`));
    expect(slide).toContain('Illustrative: figures marked ✳ are generated');
    const notes = partsMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(xmlText(await text(zip, notes[i] ?? ''))).toContain('Illustrative: these figures are made');
    const charts = await Promise.all(
      partsMatching(zip, /^ppt\/charts\/chart\d+\.xml$/).map((n) => text(zip, n)),
    );
    const lying = charts.filter((xml) => xml.includes('<c:barDir val="bar"/>'));
    expect(lying.length, 'the breakdown as bars lying down').toBeGreaterThanOrEqual(1);
    const series = lying.flatMap(seriesOf);
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) expect(s.name).toMatch(/\(✳ illustrative\)$/);
  });

  await test.step('no link that is not http(s)', async () => {
    for (const name of partsMatching(zip, /\.rels$/)) {
      const rels = await text(zip, name);
      expect(rels).not.toMatch(/javascript:/i);
      for (const [, target] of rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g))
        expect(target).toMatch(/^https?:\/\//);
    }
  });

  await test.step('LibreOffice opens it: one page per slide, each with its title and sources', async () => {
    const pdf = convertToPdf(file, testInfo.outputPath());
    expect(pdfPages(pdf)).toBe(deck.length);
    for (const [i, slide] of deck.entries()) {
      const page = pdfPageText(pdf, i + 1);
      expect(page, `page ${i + 1}`).toContain(slide.title);
      for (const source of slide.sources) expect(page, `page ${i + 1}`).toContain(source);
      expect(page, `page ${i + 1}`).toMatch(/Sources?:|sources/);
    }
    const chartPage = deck.findIndex((s) => /FDI/.test(s.title)) + 1;
    const png = pdfPageToPng(pdf, chartPage, testInfo.outputPath(`pptx-page-${chartPage}`));
    await testInfo.attach('pptx page as LibreOffice draws it', { path: png, contentType: 'image/png' });
  });
});

// The same file in Chinese and Urdu: every slide's text in the language, the runs tagged with it,
// Urdu paragraphs right to left, and script faces that have the glyphs. Pages kept as PNG for eyes.
const inLanguages = [
  { lang: 'zh-Hans', tag: 'zh-CN', button: '下载PowerPoint（.pptx）', cover: '中巴科技合作', rtl: false },
  {
    lang: 'ur',
    tag: 'ur-PK',
    button: 'پاورپوائنٹ (.pptx) ڈاؤن لوڈ کریں',
    cover: 'چین–پاکستان ٹیکنالوجی تعاون',
    rtl: true,
  },
];
for (const { lang, tag, button, cover, rtl } of inLanguages) {
  test(`present: the PowerPoint file in ${lang}`, async ({ page }, testInfo) => {
    requireOfficeTools();
    test.setTimeout(180_000);
    await page.goto(`/present?lang=${lang}`);
    await settleDeck(page);
    const deck = await deckOnScreen(page);
    expect(deck[0]?.title).toBe(cover);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const file = testInfo.outputPath(`deck-${lang}.pptx`);
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(await readFile(file));
    const slides = partsMatching(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(deck.length);
    for (const [i, name] of slides.entries()) {
      const xml = await text(zip, name);
      expect(xmlText(xml)).toContain(deck[i]?.title);
      expect(xml).toContain(`lang="${tag}"`);
      expect(xml).not.toContain('lang="en-US"');
      expect(xml).toContain('<a:cs typeface="Noto Nastaliq Urdu"');
      expect(xml).toContain('<a:ea typeface="Noto Sans CJK SC"');
      if (rtl) expect(xml).toContain('rtl="1"');
      else expect(xml).not.toContain('rtl="1"');
    }
    const pdf = convertToPdf(file, testInfo.outputPath());
    expect(pdfPages(pdf)).toBe(deck.length);
    // pdftotext reads Han in order; Nastaliq comes out in shaped forms, so Urdu pages are checked by eye.
    // pdftotext spaces Han text unevenly, so both sides are compared without spaces.
    const bare = (s: string) => s.replace(/\s+/g, '');
    if (!rtl)
      for (const [i, slide] of deck.entries())
        expect(bare(pdfPageText(pdf, i + 1))).toContain(bare(slide.title));
    // The cover, a chart slide, the milestones and the sources.
    for (const n of [1, 3, Math.min(8, deck.length), deck.length]) {
      const png = pdfPageToPng(pdf, n, testInfo.outputPath(`pptx-${lang}-page-${n}`));
      await testInfo.attach(`page ${n} in ${lang} as LibreOffice draws it`, {
        path: png,
        contentType: 'image/png',
      });
    }
  });
}
