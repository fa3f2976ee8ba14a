// The PowerPoint file itself, opened as a zip: a chart's value axis and its workbook values in
// Chinese with 万/亿 and in Urdu with lakh/crore, as the page reads them.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { obs, pptxDeck, pptxSlide } from '@test/builders';
import type { Locale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import { toPptxPlan } from '@/lib/pptx/to-pptx-plan';
import { writePptx } from '@/lib/pptx/write-pptx';
import ur from '@/locales/compiled/ur.json';
import zh from '@/locales/compiled/zh-Hans.json';
import { toChartPptx } from './to-chart-pptx';
import { toFdiChart } from './to-fdi';

const fdi = [
  obs('fdi-net-total', 'FY2024', 2347e6),
  obs('fdi-net-china', 'FY2024', 643e6),
  obs('fdi-net-total', 'FY2025', 2457e6),
  obs('fdi-net-china', 'FY2025', 1227e6),
];
// Below an ارب (10⁹), so Urdu's lakh/crore scale reads کروڑ (10⁷).
const smaller = [obs('fdi-net-total', 'FY2024', 650e6), obs('fdi-net-china', 'FY2024', 120e6)];

const unescape = (xml: string) =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The one chart part of a one-slide deck: its axis format codes, axis title and values. */
async function writtenChart(locale: Locale, observations: typeof fdi) {
  const shaped = toFdiChart(observations, [], locale);
  if (!shaped) throw new Error('no chart');
  const chart = toChartPptx('FDI', shaped, locale);
  const deck = pptxDeck([pptxSlide({ body: { kind: 'chart', chart } })], locale);
  const zip = await JSZip.loadAsync(await writePptx(toPptxPlan(deck)));
  const part = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)) ?? '';
  const xml = unescape((await zip.file(part)?.async('string')) ?? '');
  const valAx = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)?.[0] ?? '';
  return {
    axisFormat: /<c:numFmt formatCode="([^"]*(?:"[^"]*"[^"]*)*?)" sourceLinked/.exec(valAx)?.[1],
    axisTitle: [...valAx.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''),
    labelFormats: [...xml.matchAll(/<c:dLbls>\s*<c:numFmt formatCode="(.*?)" sourceLinked/g)].map(
      (m) => m[1],
    ),
    values: [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map(([, v = '']) =>
      [...v.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
    ),
  };
}

describe('a PowerPoint chart in the reader’s number style', () => {
  it('Chinese with 万/亿: values in 亿, written US$…亿 on the axis and labels, the title saying so', async () => {
    const written = await writtenChart(createLocale('zh-Hans', zh as unknown as Catalogue, 'chinese'), fdi);
    expect(written.axisFormat).toBe('"US$"#,##0"亿"');
    expect(written.labelFormats.every((f) => f === '"US$"#,##0.0"亿"')).toBe(true);
    expect(written.axisTitle).toBe('单位：亿美元');
    expect(written.values).toEqual([
      [23.47, 24.57],
      [6.43, 12.27],
    ]);
  });

  it('Urdu with lakh/crore: hundreds of millions in کروڑ, billions in ارب, each with its title', async () => {
    const urdu = createLocale('ur', ur as unknown as Catalogue, 'south-asian');
    const inCrore = await writtenChart(urdu, smaller);
    expect(inCrore.axisFormat).toBe('"US$\u00a0"#,##0"\u00a0کروڑ"');
    expect(inCrore.axisTitle).toBe('اعداد کروڑ امریکی ڈالر میں');
    expect(inCrore.values).toEqual([[65], [12]]);

    const inDollars = await writtenChart(urdu, fdi);
    expect(inDollars.axisFormat).toBe('"US$\u00a0"#,##0.0"\u00a0ارب"');
    expect(inDollars.axisTitle).toBe('اعداد ارب امریکی ڈالر میں');
    expect(inDollars.values).toEqual([
      [2.347, 2.457],
      [0.643, 1.227],
    ]);
  });

  it('English with millions and billions keeps the real figures and needs no axis title', async () => {
    const written = await writtenChart(createLocale('en', {}, 'international'), fdi);
    expect(written.axisFormat).toBe('"$"#,##0.0,,,"bn"');
    expect(written.axisTitle).toBe('');
    expect(written.values[0]).toEqual([2347e6, 2457e6]);
  });
});
