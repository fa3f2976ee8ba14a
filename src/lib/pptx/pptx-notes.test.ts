// The speaker notes as written in the file: one paragraph per line, each run tagged with its language.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pptxDeck, pptxSlide } from '@test/builders';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import ur from '@/locales/compiled/ur.json';
import { notesLines } from './pptx-notes';
import { toPptxPlan } from './to-pptx-plan';
import { writePptx } from './write-pptx';

const urdu = createLocale('ur', ur as unknown as Catalogue);
const method = 'Rounded by the source to $3.8bn (IT & ITeS services only).';
const slide = pptxSlide({
  notes: [
    [
      'آئی سی ٹی برآمدات: 3.8 ارب ڈالر۔ ماخذ: ',
      { text: 'Business Recorder', lang: 'en' },
      ' [تخمینہ: ',
      { text: method, lang: 'en' },
      ']',
    ],
    'چین کا حصہ: 49.94%',
  ],
  presenterNotes: 'وفد کا خیرمقدم کریں۔\nشکریہ',
});

async function notesXml() {
  const zip = await JSZip.loadAsync(await writePptx(toPptxPlan(pptxDeck([slide], urdu))));
  return (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? '';
}

describe('speaker notes in the PowerPoint', () => {
  it('lays the notes out line by line, a line break in a run starting a new line', () => {
    const lines = notesLines(slide, pptxDeck([slide], urdu).words);
    expect(lines[0]).toEqual([
      { text: 'آئی سی ٹی برآمدات: 3.8 ارب ڈالر۔ ماخذ: ' },
      { text: 'Business Recorder', lang: 'en' },
      { text: ' [تخمینہ: ' },
      { text: method, lang: 'en' },
      { text: ']' },
    ]);
    expect(lines.slice(-2)).toEqual([[{ text: 'وفد کا خیرمقدم کریں۔' }], [{ text: 'شکریہ' }]]);
  });

  it('tags the deck’s runs ur-PK and the English parts en-GB, right to left, in the written file', async () => {
    const xml = await notesXml();
    const body = /name="Notes Placeholder[\s\S]*?<\/p:txBody>/.exec(xml)?.[0] ?? '';
    expect(body).toContain(`<a:rPr lang="en-GB" dirty="0"/><a:t>${method.replace('&', '&amp;')}</a:t>`);
    expect(body).toContain('<a:rPr lang="en-GB" dirty="0"/><a:t>Business Recorder</a:t>');
    expect(body).toContain('<a:rPr lang="ur-PK" dirty="0"/><a:t>چین کا حصہ: 49.94%</a:t>');
    expect(body).toContain(
      '<a:p><a:pPr algn="r" rtl="1"/><a:r><a:rPr lang="ur-PK" dirty="0"/><a:t>شکریہ</a:t>',
    );
    // pptxgenjs's single en-US run is gone.
    expect(body).not.toContain('lang="en-US"');
  });
});
