/**
 * Speaker notes in the deck's language with the parts that are not (a source's title, a method or
 * note the data has only in English) marked with their own language, so the notes window can mark
 * them `lang` (screen readers switch voice) and the PowerPoint can tag their runs.
 */
import type { MessageDescriptor, Translator } from '@/lib/messages';

/** A piece of a note: text in the note's language, or text in another language. */
export type NoteRun = string | { readonly text: string; readonly lang: string };
/** A speaker note: plain text in the deck's language, or runs where part of it is in another. */
export type Note = string | readonly NoteRun[];

export const noteText = (note: Note): string =>
  typeof note === 'string' ? note : note.map((r) => (typeof r === 'string' ? r : r.text)).join('');

/** The runs of a note, neighbours merged, with what is in `lang` (the note's own) as plain text. */
export function noteRuns(note: Note, lang: string): NoteRun[] {
  const runs: NoteRun[] = [];
  for (const run of typeof note === 'string' ? [note] : note) {
    const piece =
      typeof run === 'string' || run.lang === lang ? (typeof run === 'string' ? run : run.text) : run;
    const last = runs.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') runs[runs.length - 1] = last + piece;
    else if (typeof piece !== 'string' && typeof last === 'object' && last.lang === piece.lang)
      runs[runs.length - 1] = { text: last.text + piece.text, lang: piece.lang };
    else if (typeof piece !== 'string' || piece) runs.push(piece);
  }
  return runs;
}

type NoteValues = Record<string, string | number | Date | NoteRun | readonly NoteRun[]>;

/**
 * A message for the notes whose arguments may be in another language (`{ text, lang }`) or be
 * notes themselves: plain text when every part is in the deck's language, else its runs.
 */
export function formatNote(t: Translator, message: MessageDescriptor, values: NoteValues): Note {
  const parts = t.formatRich<NoteRun | readonly NoteRun[]>(message, values);
  const runs = noteRuns(
    parts.flatMap((p): NoteRun[] => (Array.isArray(p) ? (p as NoteRun[]) : [p as NoteRun])),
    t.lang,
  );
  return runs.every((r) => typeof r === 'string') ? runs.join('') : runs;
}
