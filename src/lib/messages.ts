/**
 * UI text through FormatJS: ICU MessageFormat (plurals, selects, numbers, dates, tags) formatted by
 * intl-messageformat. English messages are pre-parsed into the code at build time
 * (vite.config.ts, `formatjs({ ast: true })`); other languages come from catalogues that
 * `formatjs compile --ast` has parsed, so no message parser ships to the browser.
 * docs/i18n.md says how to add a string.
 *
 * intl-messageformat itself is not in the first load: text and plain `{arguments}` (nearly all the
 * first screen says) are put together here, and everything else waits for the formatter, which
 * starts loading when this module does. Whatever loads a lazy piece waits for it with it
 * (`formattersReady` in lib/locale.ts).
 */
import type { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale, type Language } from './language';

let Formatter: typeof IntlMessageFormat | undefined;
/** Resolves once intl-messageformat has loaded (it starts loading with this module). */
export const messageFormatReady: Promise<void> = import('intl-messageformat').then((module) => {
  Formatter = module.IntlMessageFormat;
  // Its default asks `Intl.NumberFormat.supportedLocalesOf` first, which builds the engine's list of
  // every locale on its first call (about 50 ms on a phone, on the first screen). Our locales are
  // always one tag that the fallback below would return anyway, so the answer is the same.
  Formatter.resolveLocale = (locales) =>
    new Intl.Locale((Array.isArray(locales) ? locales[0] : locales) ?? 'en');
});

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

type Part<T> = string | T;
/** What formats one message: intl-messageformat's, or `plainFormat` for text and plain arguments. */
interface Format {
  format<T>(values?: RichValues<T>): Part<T> | Part<T>[];
}

/**
 * Text and plain `{arguments}` only (AST nodes 0 and 1), as intl-messageformat puts them together:
 * strings and numbers become text, a missing value throws, adjacent text is merged.
 */
function plainFormat(ast: Ast): Format | null {
  if (!ast.every((node) => node.type === 0 || node.type === 1)) return null;
  return {
    format<T>(values: RichValues<T> = {}) {
      const parts: Part<T>[] = [];
      for (const node of ast) {
        let part: Part<T>;
        if (node.type === 0) part = node.value;
        else {
          if (!(node.value in values))
            throw new Error(`The intl string context variable "${node.value}" was not provided`);
          const value = values[node.value];
          part =
            !value || typeof value === 'string' || typeof value === 'number'
              ? String(value ?? '')
              : (value as T);
        }
        const last = parts.length - 1;
        if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
        else parts.push(part);
      }
      return parts.length <= 1 ? (parts[0] ?? '') : parts;
    },
  };
}

/**
 * A translator for one language. A message the catalogue lacks (the lint check keeps that from
 * shipping) falls back to English, then to its id, so a gap never breaks a page.
 */
export function createTranslator(lang: Language, catalogue: Catalogue): Translator {
  const formats = new Map<string, Format>();
  const formatterOf = (message: MessageDescriptor): Format | null => {
    let f = formats.get(message.id);
    if (!f) {
      const own = lang === 'en' ? undefined : catalogue[message.id];
      const ast = own ?? englishOf(message);
      if (!ast) return null;
      const plain = plainFormat(ast);
      // Before intl-messageformat arrives a plural or a tag shows its id, as a missing message does
      // (the loaders of every lazy piece await it, so in practice it never does).
      if (!plain && !Formatter) return null;
      f = plain ?? (new Formatter!(ast, own ? intlLocale(lang) : 'en') as Format);
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
