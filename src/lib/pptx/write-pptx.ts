/**
 * Writes a planned deck as a .pptx file. pptxgenjs (and the JSZip it carries) are loaded here,
 * through import(), only when someone asks for a deck: they are in no page's first load.
 */
import { markIllustrativeSeries } from './illustrative-series';
import { withNotesRuns } from './pptx-notes';
import { pptxTheme } from './pptx-theme';
import type { PptxPlan } from './to-pptx-plan';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;
const TEXT_PART = /^ppt\/(slides\/slide|notesSlides\/notesSlide|theme\/theme)\d+\.xml$/;
const NOTES_PART = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/;

/**
 * pptxgenjs writes one face for all scripts; Calibri has no Han or Urdu letters. Each run's East
 * Asian and complex-script faces (and the theme's) become the ones that have them.
 */
export function withScriptFonts(xml: string): string {
  const { ea, cs } = pptxTheme.scriptFont;
  return xml
    .replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${ea}"`)
    .replace(/<a:cs typeface="[^"]*"/g, `<a:cs typeface="${cs}"`);
}

/** The file's bytes: one slide per planned slide, charts native, notes in each slide's notes page. */
export async function writePptx(plan: PptxPlan): Promise<Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title;
  pptx.subject = plan.subject;
  pptx.author = 'Tech Corridor';
  pptx.company = 'Tech Corridor';
  pptx.theme = { headFontFace: pptxTheme.font, bodyFontFace: pptxTheme.font };
  pptx.rtlMode = plan.dir === 'rtl';
  for (const planned of plan.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: planned.background };
    for (const item of planned.items) {
      if (item.kind === 'text') slide.addText(item.runs, item.options);
      else if (item.kind === 'shape') slide.addShape(item.shape, item.options);
      else if (item.kind === 'chart') slide.addChart(item.type, item.data, item.options);
      else slide.addImage(item.options);
    }
    slide.addNotes(planned.notes);
  }
  const written = await pptx.write({ outputType: 'uint8array' });
  const zip = await JSZip.loadAsync(written as Uint8Array);
  for (const [name, file] of Object.entries(zip.files)) {
    if (CHART_PART.test(name)) zip.file(name, markIllustrativeSeries(await file.async('string')));
    else if (TEXT_PART.test(name)) {
      const xml = await file.async('string');
      // notesSlideN belongs to slide N: its text becomes runs tagged with their language.
      const lines = plan.slides[Number(NOTES_PART.exec(name)?.[1]) - 1]?.notesLines;
      zip.file(name, withScriptFonts(lines ? withNotesRuns(xml, lines, plan) : xml));
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: PPTX_TYPE });
}
