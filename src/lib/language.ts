/**
 * The dashboard's languages and how one is chosen: `?lang=` when the address has it, otherwise the
 * first of the browser's preferred languages we have, otherwise English. Pure; the URL state lives
 * in hooks/use-language.ts.
 */

/** UI languages, in the order the switch lists them. */
export const languages = ['en', 'zh-Hans', 'ur'] as const;
export type UiLanguage = (typeof languages)[number];
/** Accented, ~40% longer English (FormatJS's en-XA): integration tests catch hard-coded and cut-off text. */
const PSEUDO_LANGUAGE = 'en-XA';
export type Language = UiLanguage | typeof PSEUDO_LANGUAGE;
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** The URL accepts the pseudo-locale too (for tests and translators); the switch does not offer it. */
export const urlLanguages: readonly Language[] = [...languages, PSEUDO_LANGUAGE];

/** Each language named in itself, so a reader finds their own whatever the page is in. */
export const ownNames: Record<Language, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  ur: 'اردو',
  'en-XA': 'Ƥşḗḗŭŭḓǿǿ',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (urlLanguages as readonly string[]).includes(value);

export const directionOf = (lang: Language): 'ltr' | 'rtl' => (lang === 'ur' ? 'rtl' : 'ltr');

/**
 * Maps one BCP 47 tag from `navigator.languages` to a UI language, or null. Chinese written in
 * Simplified script (zh, zh-CN, zh-SG, zh-Hans-*) → zh-Hans; Traditional (zh-TW, zh-HK, zh-MO,
 * zh-Hant-*) is not offered, so the next preference decides rather than guessing a script.
 */
export function matchLanguage(tag: string): UiLanguage | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return null;
  }
  if (locale.language === 'en') return 'en';
  if (locale.language === 'ur') return 'ur';
  if (locale.language === 'zh' && locale.script === 'Hans') return 'zh-Hans';
  return null;
}

/** The first of the browser's preferences we can serve; English when none is. */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** The locale handed to Intl: the pseudo-locale formats numbers and dates as English does. */
export const intlLocale = (lang: Language): string => (lang === PSEUDO_LANGUAGE ? 'en' : lang);
