/**
 * Data text in the reader's language: names, and the texts records carry about their figures
 * (notes, methods, descriptions), each with the language it is in, so English shown for want of a
 * translation is marked `lang="en"`. No zod here: the first screen's components import it.
 */

/** The languages data text is translated into (English is the record's own field). */
const nameLanguages = ['zh-Hans', 'ur'] as const;
type NameLanguage = (typeof nameLanguages)[number];

export type LocalNames = Partial<Record<NameLanguage, string>>;
/** A record's `texts`: its text fields' translations, keyed by field. */
export type LocalTexts<F extends string> = Partial<Record<F, LocalNames>>;

export interface LocalText {
  text: string;
  /** The language the text is in: the asked one, or 'en' when it fell back to the English text. */
  lang: NameLanguage | 'en';
}

const isNameLanguage = (lang: string): lang is NameLanguage =>
  (nameLanguages as readonly string[]).includes(lang);

/** The translation into `lang` when there is one, else the English, saying which it is. */
export function pickLocal(english: string, local: LocalNames | undefined, lang: string): LocalText {
  const own = isNameLanguage(lang) ? local?.[lang] : undefined;
  return own ? { text: own, lang: lang as NameLanguage } : { text: english, lang: 'en' };
}

/**
 * One of a record's texts (`note`, `method`, `description`…) in `lang` when `texts` has it, else the
 * English field, saying which it is; null when the record has no such text.
 */
export function localText<F extends string>(
  record: { readonly [K in F]?: string | null } & { readonly texts?: LocalTexts<string> },
  field: F,
  lang: string,
): LocalText | null {
  const english = record[field];
  return english ? pickLocal(english, record.texts?.[field], lang) : null;
}

/**
 * A figure's method in `lang` with the language it is in, wherever it is shown (badges, tables,
 * notes). The data's methods are English with translations in `texts`; a method the dashboard wrote
 * (a derived figure's, `withOwnMethod`) carries the language it was written in the same way. So an
 * untranslated data method always comes back as English, marked as such.
 */
export function methodText(
  provenance: { readonly method?: string; readonly texts?: LocalTexts<string> },
  lang: string,
): LocalText | undefined {
  return localText(provenance, 'method', lang) ?? undefined;
}

/** A text written in `lang` as the translations a record's `texts` holds (none for English). */
export const translationOf = (text: string, lang: string): LocalNames =>
  isNameLanguage(lang) ? { [lang]: text } : {};
