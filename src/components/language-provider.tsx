import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { languageOf, useLanguage, useNumberStyle } from '@/hooks/use-language';
import { loadCatalogue } from '@/lib/catalogues';
import type { Language } from '@/lib/language';
import type { NumberStyle } from '@/lib/number-styles';
import { englishLocale, formattersReady, type Locale } from '@/lib/locale';

const LocaleContext = createContext<Locale>(englishLocale);

/** The active language's messages and number formats; English outside a provider (isolated tests). */
export const useLocale = (): Locale => useContext(LocaleContext);

/** English in the international style needs nothing more; any other language or style loads its chunk. */
async function loadLocale(lang: Language, numberStyle: NumberStyle): Promise<Locale> {
  if (lang === 'en' && numberStyle === englishLocale.numberStyle) return englishLocale;
  const [{ createLocale }, catalogue] = await Promise.all([
    import('@/lib/locale-world'),
    loadCatalogue(lang),
    formattersReady,
    // Urdu's font faces come with its catalogue: no other language downloads them, and the first
    // load (English) does not carry the code that adds them.
    lang === 'ur' ? import('@/lib/urdu-font').then(({ ensureUrduFont }) => ensureUrduFont()) : null,
  ]);
  return createLocale(lang, catalogue, numberStyle);
}

let preloaded: Locale | null = null;

/**
 * Before the first render (main.tsx): loads the language and number style the address or the browser
 * asks for, so a page opened in Chinese or Urdu paints in it at once rather than in English first
 * (the switch moved the whole page: layout shift 0.3–0.9). Null when English needs nothing; never
 * rejects (without it the provider starts in English and loads the language as before).
 */
export function preloadLocale(search: string, preferred: readonly string[]): Promise<void> | null {
  const { lang, numberStyle } = languageOf(search, preferred);
  if (lang === 'en' && numberStyle === englishLocale.numberStyle) return null;
  return loadLocale(lang, numberStyle).then(
    (locale) => {
      preloaded = locale;
      document.documentElement.lang = locale.lang;
      document.documentElement.dir = locale.dir;
    },
    () => undefined,
  );
}

/**
 * Loads the chosen language's catalogue and formats (English is in the code) and keeps showing the
 * current language until they arrive, so a page never mixes two. `<html lang dir>` follow the language
 * shown; Urdu's font faces are added with its catalogue. A catalogue that fails to load leaves
 * the page in the language it was in (logged; the next switch tries again).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { lang } = useLanguage();
  const { numberStyle } = useNumberStyle(lang);
  const [locale, setLocale] = useState<Locale>(() =>
    preloaded?.lang === lang && preloaded.numberStyle === numberStyle ? preloaded : englishLocale,
  );
  useEffect(() => {
    let cancelled = false;
    loadLocale(lang, numberStyle)
      .then((next) => {
        if (!cancelled) setLocale(next);
      })
      .catch((error: unknown) => console.warn(`[i18n] the ${lang} catalogue did not load`, error));
    return () => {
      cancelled = true;
    };
  }, [lang, numberStyle]);
  useEffect(() => {
    const root = document.documentElement;
    // Only on a change (index.html starts in English, left to right): either attribute restyles the page.
    if (root.lang !== locale.lang) root.lang = locale.lang;
    if (root.dir !== locale.dir) root.dir = locale.dir;
  }, [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}
