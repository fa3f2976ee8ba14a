import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pptxDeck, pptxSlide } from '@test/builders';
import { markIllustrativeSeries } from './illustrative-series';
import { ILLUSTRATIVE_SERIES } from './to-pptx-chart';
import { toPptxPlan } from './to-pptx-plan';
import { writePptx } from './write-pptx';

// 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const deck = pptxDeck([
  pptxSlide({
    id: 'cover',
    layout: 'title',
    title: 'Cover',
    body: { kind: 'facts', facts: [{ term: 'Showing', text: 'All' }] },
  }),
  pptxSlide({
    id: 'bars',
    title: 'Bars',
    illustrative: true,
    body: {
      kind: 'chart',
      chart: {
        type: 'stacked-bar',
        categories: ['2022', '2023'],
        series: [
          { name: 'Sourced total', values: [10, 20], colour: '#1b7f4b', illustrative: false },
          { name: 'Split', values: [3, 4], colour: '#332288', illustrative: true },
        ],
        valueFormat: '#,##0',
        altText: 'Bars',
      },
    },
  }),
  pptxSlide({
    id: 'lines',
    title: 'Lines',
    body: {
      kind: 'chart',
      chart: {
        type: 'line',
        categories: ['2022', '2023'],
        series: [
          { name: 'Real', values: [1.5, null], colour: '#c1272d', illustrative: false },
          { name: 'Made up', values: [2, 3], colour: '#0072b2', illustrative: true },
        ],
        valueFormat: '0.0',
        altText: 'Lines',
      },
    },
  }),
  pptxSlide({
    id: 'map',
    title: 'Map',
    presenterNotes: 'Point at Shenyang.',
    sources: [{ name: 'Bad link', mark: '●', items: [{ asOf: '2022', url: 'javascript:alert(1)' }] }],
    body: { kind: 'image', image: { dataUrl: PNG, width: 1, height: 1, altText: 'Map', legend: [] } },
  }),
]);

async function open() {
  return JSZip.loadAsync(await writePptx(toPptxPlan(deck)));
}
const read = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';
/** The chart part holding a series of that name (parts are numbered by pptxgenjs, not by slide). */
async function chartWith(zip: JSZip, series: string): Promise<string> {
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  const xml = await Promise.all(parts.map((n) => read(zip, n)));
  return xml.find((x) => x.includes(`<c:v>${series}</c:v>`)) ?? '';
}
const seriesOf = (xml: string, name: string) =>
  [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)]
    .map((m) => m[0])
    .find((s) => s.includes(`<c:v>${name}</c:v>`)) ?? '';

describe('writePptx', () => {
  it('writes one slide per planned slide, with notes pages holding the notes', async () => {
    const zip = await open();
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(4);
    const notes = await read(zip, 'ppt/notesSlides/notesSlide4.xml');
    expect(notes).toContain('Point at Shenyang.');
    expect(notes).toContain('Bad link');
  });

  it('writes native charts with their values, hatching illustrative bars and dashing illustrative lines', async () => {
    const zip = await open();
    const bars = await chartWith(zip, 'Sourced total');
    expect(bars).toContain('<c:grouping val="stacked"/>');
    const sourced = seriesOf(bars, 'Sourced total');
    expect(sourced).toContain('<c:v>10</c:v>');
    expect(sourced).not.toContain('pattFill');
    const split = seriesOf(bars, `Split${ILLUSTRATIVE_SERIES}`);
    expect(split).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="332288"/>');
    expect(split).toContain('<c:v>4</c:v>');

    const lines = await chartWith(zip, 'Real');
    expect(seriesOf(lines, 'Real')).toContain('<a:prstDash val="solid"/>');
    expect(seriesOf(lines, `Made up${ILLUSTRATIVE_SERIES}`)).toContain('<a:prstDash val="dash"/>');
  });

  it('leaves no link in the file that is not http(s)', async () => {
    const zip = await open();
    const rels = Object.keys(zip.files).filter((n) => n.endsWith('.rels'));
    const targets = (await Promise.all(rels.map((n) => read(zip, n)))).flatMap((xml) =>
      [...xml.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1] ?? ''),
    );
    expect(targets.join(' ')).toContain('https://example.org/sbp');
    for (const target of targets) expect(target).toMatch(/^https?:\/\//);
    expect((await Promise.all(rels.map((n) => read(zip, n)))).join('')).not.toMatch(/javascript:/i);
  });
});

describe('markIllustrativeSeries', () => {
  it('changes nothing in a chart without illustrative series', () => {
    const xml =
      '<c:barChart><c:ser><c:tx><c:v>A</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="112233"/></a:solidFill></c:spPr></c:ser></c:barChart>';
    expect(markIllustrativeSeries(xml)).toBe(xml);
  });
});
