// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../test/downloads';
import { composeExportSvg, wrapText } from './svg-compose';
import { exportChartImage, inlineChartSvg } from './svg-export';

const theme = { background: '#ffffff', text: '#111111', muted: '#555555', font: 'system-ui' };
const chart = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>',
  width: 600,
  height: 300,
};

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / (12 * 0.56)));
  });

  it('cuts a word longer than a line, such as a URL', () => {
    const url = 'https://www.example.org/a/very/long/path/that/does/not/fit';
    expect(wrapText(url, 100, 12).join('')).toBe(url);
  });
});

describe('composeExportSvg', () => {
  const meta = {
    title: 'Net FDI into Pakistan & China’s share',
    subtitle: 'US dollars, FY2013–FY2025',
    legend: [
      { label: 'Total', fill: '#777777' },
      { label: 'From China', fill: 'url(#p1)' },
    ],
    notes: ['① Oct 2021: STZA Act 2021 in force'],
    sourceLines: ['Sources: Business Recorder <https://www.brecorder.com/?a=1&b=2>'],
  };

  it('draws title, subtitle, legend, notes and sources around the chart, escaped', () => {
    const { markup, width, height } = composeExportSvg(chart, meta, theme);
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain('<title>Net FDI into Pakistan &amp; China’s share</title>');
    expect(markup).toContain('>US dollars, FY2013–FY2025</text>');
    expect(markup).toContain('>From China</text>');
    expect(markup).toContain('fill="url(#p1)"');
    expect(markup).toContain('① Oct 2021: STZA Act 2021 in force');
    expect(markup).toContain('&lt;https://www.brecorder.com/?a=1&amp;b=2&gt;');
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(300);
    expect(new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('places the chart below the heading, at its own size, with no duplicate attributes', () => {
    const { markup } = composeExportSvg(chart, meta, theme);
    expect(markup).toMatch(
      /<svg x="20" y="\d+" width="600" height="300" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 300">/,
    );
  });

  it('keys line series with a line', () => {
    const { markup } = composeExportSvg(
      chart,
      { ...meta, legend: [{ label: 'First reported', fill: '#000', line: 'dashed' }] },
      theme,
    );
    expect(markup).toContain('stroke-dasharray="4 2"/><text');
  });
});

describe('composeExportSvg in Chinese and Urdu', () => {
  const meta = { title: 'Net FDI into Pakistan', subtitle: 'US dollars', sourceLines: ['Sources: SBP'] };
  const baselines = (markup: string) =>
    [...markup.matchAll(/<text [^>]*y="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(
      ([, y, size, text]) => ({ y: Number(y), size: Number(size), text }),
    );

  it('sets Urdu from the right margin, right to left, title lines twice Latin height apart', () => {
    const title =
      'پاکستان میں چین سے براہ راست غیر ملکی سرمایہ کاری اور کل سرمایہ کاری میں اس کا حصہ، مالی سال 2013 تا 2025';
    const { markup, width } = composeExportSvg(
      chart,
      {
        title,
        subtitle: 'امریکی ڈالر',
        legend: [{ label: 'چین سے', fill: '#777' }],
        sourceLines: ['ماخذ: اسٹیٹ بینک'],
        dir: 'rtl',
      },
      theme,
    );
    const texts = [...markup.matchAll(/<text [^>]*>/g)].map((m) => m[0]);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(text).toMatch(/text-anchor="start" direction="rtl"/);
    // A wrapped line with no Urdu in it (a URL) keeps its own order, set from the right margin.
    const url = composeExportSvg(
      chart,
      {
        title: 'عنوان',
        sourceLines: [
          'ماخذ: <https://www.example.org/a/very/long/path/that/does/not/fit/on/one/line/of/the/image/at/all>',
        ],
        dir: 'rtl',
      },
      theme,
    ).markup;
    expect(url).toMatch(/<text x="\d+" text-anchor="end" y="\d+" font-size="12"[^>]*>[^<]*path/);
    expect(texts[0]).toContain(`x="${width - 20}"`);
    const lines = baselines(markup);
    const titleLines = lines.filter((l) => l.size === 20);
    expect(titleLines.length).toBeGreaterThanOrEqual(2);
    expect(titleLines.map((l) => l.text).join(' ')).toBe(title);
    for (let i = 1; i < titleLines.length; i++)
      expect(titleLines[i]!.y - titleLines[i - 1]!.y).toBeGreaterThanOrEqual(40);
    // The subtitle starts below the title's last line, with a Nastaliq line's room.
    const subtitle = lines.find((l) => l.size === 14)!;
    expect(subtitle.y - titleLines.at(-1)!.y).toBeGreaterThanOrEqual(28);
  });

  it('wraps a Chinese title (no spaces) by its width and keeps English left to right', () => {
    const title =
      '巴基斯坦的外国直接投资净额及其中来自中国的部分按财年计算并标明每一个数字的来源和日期以及修订情况';
    const { markup } = composeExportSvg(chart, { ...meta, title, dir: 'ltr' }, theme);
    const titleLines = baselines(markup).filter((l) => l.size === 20);
    expect(titleLines.length).toBe(2);
    expect(titleLines.map((l) => l.text).join('')).toBe(title);
    for (const line of titleLines) expect(Array.from(line.text!).length * 20).toBeLessThanOrEqual(600);
    expect(titleLines[1]!.y - titleLines[0]!.y).toBe(27);
    const english = composeExportSvg(chart, meta, theme).markup;
    expect(english).not.toContain('direction="rtl"');
    expect(english).toContain('<text x="20" y="40" font-size="20"');
  });

  it('cuts a Chinese sentence between characters, never inside a figure', () => {
    const lines = wrapText('其中来自中国的US$12.3亿，比2024财年的修订数增长90.8%', 200, 20);
    expect(lines.join('')).toBe('其中来自中国的US$12.3亿，比2024财年的修订数增长90.8%');
    expect(lines.some((l) => /\d$/.test(l) && /^\d/.test(lines[lines.indexOf(l) + 1] ?? ''))).toBe(false);
    for (const line of lines) expect(line.length).toBeGreaterThan(1);
  });

  it('wraps by the width the browser measures when it is given', () => {
    const title = 'Net FDI from China by fiscal year, all';
    const titleLines = (t: typeof theme) =>
      baselines(composeExportSvg(chart, { ...meta, title }, t).markup)
        .filter((l) => l.size === 20)
        .map((l) => l.text);
    expect(titleLines(theme)).toEqual([title]);
    const wide = { ...theme, measure: (text: string, size: number) => text.length * size };
    const measured = titleLines(wide);
    expect(measured.length).toBe(2);
    for (const line of measured) expect(line!.length * 20).toBeLessThanOrEqual(600);
  });
});

describe('inlineChartSvg', () => {
  it('copies the chart with styles inlined and interaction attributes removed', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    for (const [k, v] of Object.entries({
      class: 'recharts-surface',
      width: '200',
      height: '100',
      tabindex: '0',
      role: 'application',
    })) {
      svg.setAttribute(k, v);
    }
    const rect = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ fill: 'red', class: 'bar', width: '5', height: '5' }))
      rect.setAttribute(k, v);
    svg.append(rect);
    document.body.replaceChildren(svg);
    const { markup, width, height } = inlineChartSvg(svg);
    expect([width, height]).toEqual([200, 100]);
    expect(markup).not.toContain('tabindex');
    expect(markup).not.toContain('role=');
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('viewBox="0 0 200 100"');
    // The page's own chart is untouched.
    expect(svg.getAttribute('tabindex')).toBe('0');
  });
});

describe('exportChartImage as SVG', () => {
  const ns = 'http://www.w3.org/2000/svg';
  const drawn = (lang: string, title: string) => {
    const holder = document.createElement('div');
    holder.setAttribute('lang', lang);
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    holder.append(svg);
    document.body.replaceChildren(holder);
    return { svg, meta: { title, subtitle: '', legend: [], notes: [], sourceLines: [] } };
  };
  const fontBytes = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);

  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(fontBytes, { status: 200 }))),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('embeds the Nastaliq font as data: URLs in an Urdu chart', async () => {
    const files = captureDownloads();
    const { svg, meta } = drawn('ur', 'پاکستان میں براہ راست غیر ملکی سرمایہ کاری');
    await exportChartImage(svg, meta, { format: 'svg', filename: 'fdi' });
    const markup = await files[0]!.text();
    expect(markup).toMatch(
      /@font-face\{font-family:'Noto Nastaliq Urdu'[^}]*src:url\(data:font\/woff2;base64,/,
    );
    // Inside the opening tag, before anything drawn, so every text in the file can use it.
    expect(markup).toMatch(/^<svg [^>]*><defs><style><!\[CDATA\[@font-face/);
  });

  it('keeps English and Chinese charts small: no embedded font', async () => {
    const files = captureDownloads();
    for (const [lang, title] of [
      ['en', 'Net FDI into Pakistan'],
      ['zh-Hans', '巴基斯坦净外国直接投资'],
    ] as const) {
      const { svg, meta } = drawn(lang, title);
      await exportChartImage(svg, meta, { format: 'svg', filename: 'fdi' });
    }
    for (const file of files) expect(await file.text()).not.toContain('@font-face');
    expect(fetch).not.toHaveBeenCalled();
  });
});
