import { describe, expect, it } from 'vitest';
import { pptxDeck, pptxSlide } from '@test/builders';
import { createLocale } from '@/lib/locale-world';
import ur from '@/locales/compiled/ur.json';
import zh from '@/locales/compiled/zh-Hans.json';
import type { PptxChart } from './deck-description';
import { pptxTheme } from './pptx-theme';
import { toPptxPlan } from './to-pptx-plan';
import { withScriptFonts } from './write-pptx';

const textOf = (items: ReturnType<typeof toPptxPlan>['slides'][number]['items']) =>
  items.flatMap((i) => (i.kind === 'text' ? i.runs.map((r) => r.text) : [])).join(' ');

describe('the PowerPoint plan in the deck’s language', () => {
  it('writes Urdu right to left: language on every run, RTL paragraphs, the layout mirrored', () => {
    const plan = toPptxPlan(pptxDeck([pptxSlide()], createLocale('ur', ur)));
    const [slide] = plan.slides;
    expect(plan.dir).toBe('rtl');
    const texts = slide!.items.filter((i) => i.kind === 'text');
    for (const item of texts) {
      expect(item.options).toMatchObject({ lang: 'ur-PK', rtlMode: true });
      for (const r of item.runs) expect(r.options?.lang).toBe('ur-PK');
    }
    // The accent edge moves to the right-hand side; start-aligned text aligns right.
    const edge = slide!.items.find((i) => i.kind === 'shape' && i.shape === 'rect');
    expect(edge?.kind === 'shape' && edge.options.x).toBeCloseTo(pptxTheme.width - 0.14);
    expect(
      texts.every(
        (i) => i.options.align === 'right' || i.options.align === 'left' || i.options.align === 'center',
      ),
    ).toBe(true);
    expect(textOf(slide!.items)).toContain('دکھایا جا رہا ہے:');
    expect(textOf(slide!.items)).toContain('ایکسپورٹ 1 دسمبر، 2026');
  });

  it('tags a publication’s own name in the footer as English in an Urdu deck, the rest Urdu', () => {
    const source = {
      name: 'Daily Pakistan',
      lang: 'en',
      mark: '●',
      items: [{ asOf: '2023-08-05', url: null }],
    };
    const [slide] = toPptxPlan(pptxDeck([pptxSlide({ sources: [source] })], createLocale('ur', ur))).slides;
    const runs = slide!.items.flatMap((i) => (i.kind === 'text' ? i.runs : []));
    const name = runs.find((r) => r.text?.startsWith('Daily Pakistan'));
    expect(name?.options?.lang).toBe('en-GB');
    const others = runs.filter((r) => r !== name);
    expect(others.length).toBeGreaterThan(3);
    for (const r of others) expect(r.options?.lang).toBe('ur-PK');
  });

  it('tags the English parts of a KPI’s label and notes en-GB in an Urdu deck (a zone without an Urdu name)', () => {
    const zone = { text: 'New Zone STZ', lang: 'en' };
    const kpi = {
      title: 'سرمایہ کاری',
      value: '30 ارب روپے',
      label: ['منصوبے کی لاگت، ', zone, '، 2022'],
      asOf: 'بلا تاریخ',
      provenance: '● باحوالہ',
      notes: [['1.3 ارب روپے ', zone], 'دوسری سطر'],
    };
    const body = { kind: 'kpis' as const, kpis: [kpi] };
    const [slide] = toPptxPlan(pptxDeck([pptxSlide({ body })], createLocale('ur', ur))).slides;
    const runs = slide!.items.flatMap((i) => (i.kind === 'text' ? i.runs : []));
    const english = runs.filter((r) => r.text === 'New Zone STZ');
    expect(english).toHaveLength(2);
    for (const r of english) expect(r.options?.lang).toBe('en-GB');
    expect(runs.find((r) => r.text === 'منصوبے کی لاگت، ')?.options?.lang).toBe('ur-PK');
    // Each note is a line of its own: the break follows its last run, whatever its language.
    expect(english[1]?.options?.breakLine).toBe(true);
    expect(runs.find((r) => r.text === 'دوسری سطر')?.options?.breakLine).toBe(false);
  });

  it('moves a time chart’s value axis to the right in Urdu, and leaves lying bars’ along the bottom', () => {
    const chart = (horizontal: boolean): PptxChart => ({
      type: 'bar',
      horizontal,
      categories: ['a', 'b'],
      series: [{ name: 's', values: [1, 2], colour: '#123456', illustrative: false }],
      valueFormat: '0',
      altText: 'x',
    });
    const plan = toPptxPlan(
      pptxDeck(
        [false, true].map((h) => pptxSlide({ body: { kind: 'chart', chart: chart(h) } })),
        createLocale('ur', ur),
      ),
    );
    const [upright, lying] = plan.slides.map((s) => s.items.find((i) => i.kind === 'chart'));
    expect(upright?.kind === 'chart' && upright.options.catAxisCrossesAt).toBe('max');
    expect(lying?.kind === 'chart' && lying.options.catAxisCrossesAt).toBeUndefined();
  });

  it('writes Chinese left to right, with the footer in Chinese', () => {
    const [slide] = toPptxPlan(pptxDeck([pptxSlide()], createLocale('zh-Hans', zh))).slides;
    const texts = slide!.items.filter((i) => i.kind === 'text');
    for (const item of texts) expect(item.options.lang).toBe('zh-CN');
    expect(texts.some((i) => i.options.rtlMode)).toBe(false);
    expect(textOf(slide!.items)).toContain('导出于2026年12月1日');
  });

  it('gives Han and Urdu letters faces that have them', () => {
    const xml =
      '<a:rPr lang="ur-PK"><a:latin typeface="Calibri"/><a:ea typeface="Calibri"/><a:cs typeface="Calibri"/></a:rPr>';
    expect(withScriptFonts(xml)).toBe(
      '<a:rPr lang="ur-PK"><a:latin typeface="Calibri"/><a:ea typeface="Noto Sans CJK SC"/><a:cs typeface="Noto Nastaliq Urdu"/></a:rPr>',
    );
  });
});
