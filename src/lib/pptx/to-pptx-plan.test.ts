import { describe, expect, it } from 'vitest';
import { pptxDeck, pptxSlide } from '@test/builders';
import type { PptxChart } from './deck-description';
import { pptxTheme } from './pptx-theme';
import { ILLUSTRATIVE_SERIES } from './to-pptx-chart';
import { toPptxPlan, type PlanItem } from './to-pptx-plan';

const texts = (items: readonly PlanItem[]) =>
  items.flatMap((i) => (i.kind === 'text' ? [i.runs.map((r) => r.text).join('')] : []));
const links = (items: readonly PlanItem[]) =>
  items.flatMap((i) =>
    i.kind === 'text'
      ? i.runs.flatMap((r) => (r.options?.hyperlink?.url ? [r.options.hyperlink.url] : []))
      : [],
  );
const charts = (items: readonly PlanItem[]) => items.flatMap((i) => (i.kind === 'chart' ? [i] : []));

const chart = (fields: Partial<PptxChart> = {}): PptxChart => ({
  type: 'stacked-bar',
  categories: ['FY2023', 'FY2024'],
  series: [
    { name: 'China', values: [100, null], colour: '#c1272d', illustrative: false },
    { name: 'Zone split', values: [1, 2], colour: '#332288', illustrative: true },
  ],
  valueFormat: '$#,##0',
  summary: 'China’s part grew.',
  key: ['1: 17 Jan 2022, the STZA–SEDA Letter of Intent'],
  altText: 'Net FDI by fiscal year',
  ...fields,
});

describe('toPptxPlan', () => {
  it('gives every deck slide one planned slide with its title, the filters, the export date and its number', () => {
    const plan = toPptxPlan(
      pptxDeck([pptxSlide({ id: 'a', title: 'First' }), pptxSlide({ id: 'b', title: 'Second' })]),
    );
    expect(plan.slides.map((s) => s.id)).toEqual(['a', 'b']);
    const second = texts(plan.slides[1]?.items ?? []);
    expect(second).toContain('Second');
    expect(second).toContain('Showing: All zones, all sectors, all years');
    expect(second.some((t) => t.includes('Exported 1 Dec 2026') && t.includes('2 / 2'))).toBe(true);
  });

  it('links footer sources and list items only to http(s) addresses, keeping the words of the rest', () => {
    const plan = toPptxPlan(
      pptxDeck([
        pptxSlide({
          sources: [
            { name: 'Good', mark: '●', items: [{ asOf: '2024-05-02', url: 'https://example.org/a' }] },
            { name: 'Script', mark: '≈', items: [{ asOf: '2023', url: 'javascript:alert(1)' }] },
            { name: 'Data', mark: '≈', items: [{ asOf: null, url: 'data:text/html,<b>x</b>' }] },
          ],
          body: {
            kind: 'list',
            items: [
              { text: 'A list link', url: 'JAVASCRIPT:alert(1)' },
              { text: 'Plain', url: 'http://example.org/p' },
            ],
          },
        }),
      ]),
    );
    const items = plan.slides[0]?.items ?? [];
    expect(links(items)).toEqual(['https://example.org/a', 'http://example.org/p']);
    const footer = texts(items).find((t) => t.startsWith('Sources:'));
    expect(footer).toBe('Sources: ● Good, 2 May 2024  ·  ≈ Script, 2023  ·  ≈ Data, undated');
    expect(texts(items).join('\n')).toContain('A list link');
  });

  it('draws charts as native charts holding the values, colours and the illustrative mark', () => {
    const plan = toPptxPlan(pptxDeck([pptxSlide({ body: { kind: 'chart', chart: chart() } })]));
    const [drawn] = charts(plan.slides[0]?.items ?? []);
    expect(drawn?.type).toBe('bar');
    expect(drawn?.options.barGrouping).toBe('stacked');
    expect(drawn?.options.chartColors).toEqual(['C1272D', '332288']);
    expect(drawn?.options.valAxisLabelFormatCode).toBe('$#,##0');
    expect(drawn?.data).toEqual([
      { name: 'China', labels: ['FY2023', 'FY2024'], values: [100, null] },
      { name: `Zone split${ILLUSTRATIVE_SERIES}`, labels: ['FY2023', 'FY2024'], values: [1, 2] },
    ]);
    expect(texts(plan.slides[0]?.items ?? [])).toEqual(
      expect.arrayContaining(['China’s part grew.', '1: 17 Jan 2022, the STZA–SEDA Letter of Intent']),
    );
  });

  it('draws line and clustered bar charts as their own kinds', () => {
    const plan = toPptxPlan(
      pptxDeck([
        pptxSlide({ body: { kind: 'chart', chart: chart({ type: 'line' }) } }),
        pptxSlide({ body: { kind: 'chart', chart: chart({ type: 'bar' }) } }),
      ]),
    );
    const [line, bar] = plan.slides.map((s) => charts(s.items)[0]);
    expect(line?.type).toBe('line');
    expect(line?.options.barGrouping).toBeUndefined();
    expect(bar?.options.barGrouping).toBe('clustered');
  });

  it('lays bars down with the first category on top when the chart says so', () => {
    const plan = toPptxPlan(
      pptxDeck([pptxSlide({ body: { kind: 'chart', chart: chart({ horizontal: true }) } })]),
    );
    const [drawn] = charts(plan.slides[0]?.items ?? []);
    expect(drawn?.options.barDir).toBe('bar');
    // PowerPoint draws the first category at the bottom: given last first, it reads top-down.
    expect(drawn?.data[0]).toEqual({ name: 'China', labels: ['FY2024', 'FY2023'], values: [null, 100] });
  });

  it('writes KPIs as text boxes: value, unit, change, as-of and provenance', () => {
    const plan = toPptxPlan(
      pptxDeck([
        pptxSlide({
          body: {
            kind: 'kpis',
            kpis: [
              {
                title: 'FDI from China',
                value: '$1.23bn',
                unit: 'FY2025',
                change: { text: '+90.8% vs FY2024', tone: 'up' },
                asOf: 'as of 30 Jun 2025',
                provenance: '≈ Estimate',
                notes: ['Beside it: $2.1bn in all'],
              },
            ],
          },
        }),
      ]),
    );
    const all = texts(plan.slides[0]?.items ?? []);
    expect(all).toEqual(
      expect.arrayContaining([
        'FDI from China',
        '$1.23bn FY2025',
        '+90.8% vs FY2024',
        '≈ Estimate  ·  as of 30 Jun 2025',
        'Beside it: $2.1bn in all',
      ]),
    );
    expect(plan.slides[0]?.items.some((i) => i.kind === 'image' || i.kind === 'chart')).toBe(false);
  });

  it('puts the data notes, the sources in full and the presenter’s notes in the speaker notes', () => {
    const plan = toPptxPlan(
      pptxDeck([pptxSlide({ presenterNotes: '  Mention the March visit.  ', illustrative: true })]),
    );
    const notes = plan.slides[0]?.notes ?? '';
    expect(notes).toContain('FDI from China: $1.2bn. Source: State Bank of Pakistan, as of Jun 2025.');
    expect(notes).toContain('Sources:\n● State Bank of Pakistan: Jun 2025 https://example.org/sbp');
    expect(notes).toContain('Illustrative');
    expect(notes.endsWith('Presenter’s notes:\nMention the March visit.')).toBe(true);
  });

  it('keeps a slide whose data failed, saying so on the slide and in its notes', () => {
    const plan = toPptxPlan(
      pptxDeck([pptxSlide({ body: null, missing: ['FDI figures (the data service answered 503)'] })]),
    );
    const slide = plan.slides[0];
    expect(texts(slide?.items ?? [])).toEqual(
      expect.arrayContaining([
        '⚠ Data missing on this slide: FDI figures (the data service answered 503).',
        'The figures for this slide did not load when the deck was exported.',
      ]),
    );
    expect(slide?.notes.startsWith('DATA MISSING when exported: FDI figures')).toBe(true);
  });

  it('fits a picture at its own aspect ratio with its legend beside it', () => {
    const plan = toPptxPlan(
      pptxDeck([
        pptxSlide({
          body: {
            kind: 'image',
            image: {
              dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
              width: 2000,
              height: 1000,
              altText: 'Map of the zones',
              legend: [{ label: 'Operational', colour: '#117733' }],
            },
          },
        }),
      ]),
    );
    const items = plan.slides[0]?.items ?? [];
    const image = items.find((i) => i.kind === 'image');
    expect(image?.kind === 'image' && Number(image.options.w) / Number(image.options.h)).toBeCloseTo(2);
    expect(texts(items)).toContain('Operational');
  });

  it('keeps every box on the 16:9 page and in the theme’s fonts', () => {
    const plan = toPptxPlan(
      pptxDeck([
        pptxSlide({
          layout: 'title',
          body: { kind: 'facts', lede: 'Lede', facts: [{ term: 'Showing', text: 'All' }] },
        }),
        pptxSlide({ body: { kind: 'chart', chart: chart() }, missing: ['Zones'], illustrative: true }),
        pptxSlide({
          body: { kind: 'list', items: Array.from({ length: 25 }, (_, i) => ({ text: `Source ${i}` })) },
        }),
      ]),
    );
    for (const slide of plan.slides) {
      for (const item of slide.items) {
        const { x, y, w, h } = item.options as { x: number; y: number; w: number; h: number };
        expect(x + w).toBeLessThanOrEqual(pptxTheme.width);
        expect(y + h).toBeLessThanOrEqual(pptxTheme.height);
        expect(Math.min(x, y, w, h)).toBeGreaterThanOrEqual(0);
        if (item.kind === 'text') expect(item.options.fontFace).toBe('Calibri');
      }
    }
  });
});
