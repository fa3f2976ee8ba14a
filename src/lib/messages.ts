/**
 * UI text through FormatJS: ICU MessageFormat (plurals, selects, numbers, dates, tags) formatted by
 * intl-messageformat. English messages are pre-parsed into the code at build time
 * (vite.config.ts, `formatjs({ ast: true })`); other languages come from catalogues that
 * `formatjs compile --ast` has parsed, so no message parser ships to the browser.
 * docs/i18n.md says how to add a string.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale, type Language } from './language';

export interface MessageDescriptor {
  /** Dotted and stable ("language.switch.label"): catalogues and translators key on it. */
  id: string;
  /** The English text, in ICU MessageFormat (pre-parsed to its AST by the build). */
  defaultMessage: string;
  /** Context for translators: where the text appears and what its arguments are. */
  description?: string;
}

/**
 * Declares a component's messages. An identity function: `formatjs extract` finds these calls, the
 * build pre-parses their English, and `npm run lint` fails when one is missing from src/locales/en.json.
 */
export function defineMessages<K extends string>(messages: Record<K, MessageDescriptor>) {
  return messages;
}

type Ast = Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>;
/** A compiled catalogue: message id → pre-parsed ICU message (src/locales/compiled/*.json). */
export type Catalogue = Record<string, Ast>;

type MessageValues = Record<string, string | number | Date | null | undefined>;
type RichValues<T> = Record<string, string | number | Date | T | ((chunks: (string | T)[]) => T)>;

export interface Translator {
  lang: Language;
  /** Plain text: labels, aria-labels, titles, chart text. */
  format(message: MessageDescriptor, values?: MessageValues): string;
  /** Text with tags (`<b>…</b>`) mapped to elements: returns the parts to render. */
  formatRich<T>(message: MessageDescriptor, values: RichValues<T>): (string | T)[];
}

/** The English of a message: its AST once the build has parsed it; plain text survives unparsed. */
function englishOf(message: MessageDescriptor): Ast | null {
  const text: unknown = message.defaultMessage;
  if (Array.isArray(text)) return text as Ast;
  if (typeof text === 'string' && !/[{}<'#]/.test(text)) return [{ type: 0, value: text }] as Ast;
  return null;
}

/**
 * A translator for one language. A message the catalogue lacks (the lint check keeps that from
 * shipping) falls back to English, then to its id, so a gap never breaks a page.
 */
export function createTranslator(lang: Language, catalogue: Catalogue): Translator {
  const formats = new Map<string, IntlMessageFormat>();
  const formatterOf = (message: MessageDescriptor): IntlMessageFormat | null => {
    let f = formats.get(message.id);
    if (!f) {
      const own = lang === 'en' ? undefined : catalogue[message.id];
      const ast = own ?? englishOf(message);
      if (!ast) return null;
      f = new IntlMessageFormat(ast, own ? intlLocale(lang) : 'en');
      formats.set(message.id, f);
    }
    return f;
  };
  return {
    lang,
    format(message, values) {
      const f = formatterOf(message);
      return f ? String(f.format(values)) : message.id;
    },
    formatRich<T>(message: MessageDescriptor, values: RichValues<T>) {
      const f = formatterOf(message);
      if (!f) return [message.id];
      const out = f.format<T>(values);
      return Array.isArray(out) ? out : [out as string | T];
    },
  };
}
