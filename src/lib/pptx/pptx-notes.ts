/**
 * Speaker notes in the deck's language, with their runs tagged. pptxgenjs writes a slide's notes as
 * one run marked en-US whatever they say; the notes page is rewritten here as one paragraph per
 * line, every run tagged with its language (the deck's, or en-GB for an English source title or a
 * method the data has only in English), right to left for Urdu, so PowerPoint's spelling, fonts and
 * read-aloud voices follow each part.
 */
import type { PptxNote, PptxSlide, PptxWords } from './deck-description';
import { pptxLanguage } from './pptx-text';

/** One line of the notes: its runs, `lang` given where it is not the deck's. */
export type NotesLine = readonly { text: string; lang?: string }[];

const linesOf = (note: PptxNote): NotesLine[] => {
  const runs =
    typeof note === 'string' ? [{ text: note }] : note.map((r) => (typeof r === 'string' ? { text: r } : r));
  // A line break inside a run starts a new paragraph, the run's language kept on both sides.
  const lines: { text: string; lang?: string }[][] = [[]];
  for (const run of runs)
    run.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines.at(-1)!.push({ ...run, text });
    });
  return lines;
};

/** Speaker notes: the data's notes, the sources in full, then what the presenter typed. */
export function notesLines(slide: PptxSlide, words: PptxWords): NotesLine[] {
  const dateOf = (asOf: string | null) => (asOf ? words.date(asOf) : words.undated);
  const sources = slide.sources.map(
    (s) =>
      `${s.mark} ${s.name}: ${s.items.map((i) => `${dateOf(i.asOf)}${i.url ? ` ${i.url}` : ''}`).join(', ')}`,
  );
  return [
    ...(slide.missing.length ? [words.notesMissing(slide.missing.join('; ')), ''] : []),
    ...slide.notes,
    ...(sources.length ? ['', words.notesSources, ...sources] : []),
    ...(slide.illustrative ? ['', words.illustrative] : []),
    ...(slide.presenterNotes.trim() ? ['', words.notesPresenter, slide.presenterNotes.trim()] : []),
  ].flatMap(linesOf);
}

export const notesPlainText = (lines: readonly NotesLine[]): string =>
  lines.map((line) => line.map((r) => r.text).join('')).join('\n');

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notes placeholder's paragraphs as pptxgenjs wrote them (one run, en-US). */
const NOTES_BODY = /(name="Notes Placeholder \d+"[\s\S]*?<a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;

/** A notes page's XML with its text as `lines`, each run tagged with its language. */
export function withNotesRuns(
  xml: string,
  lines: readonly NotesLine[],
  deck: { lang: string; dir: 'ltr' | 'rtl' },
): string {
  const pPr = deck.dir === 'rtl' ? '<a:pPr algn="r" rtl="1"/>' : '';
  const paragraphs = lines
    .map((line) => {
      const runs = line
        .map((r) => {
          const lang = r.lang ? pptxLanguage(r.lang) : deck.lang;
          return `<a:r><a:rPr lang="${escapeXml(lang)}" dirty="0"/><a:t>${escapeXml(r.text)}</a:t></a:r>`;
        })
        .join('');
      return `<a:p>${pPr}${runs}<a:endParaRPr lang="${escapeXml(deck.lang)}" dirty="0"/></a:p>`;
    })
    .join('');
  return xml.replace(NOTES_BODY, (_, head: string, tail: string) => `${head}${paragraphs}${tail}`);
}
