import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { englishCatalogue, loadCatalogue } from '@/lib/catalogues';
import { directionOf, type Language } from '@/lib/language';
import { createTranslator, type Catalogue, type Translator } from '@/lib/messages';
import { ensureUrduFont } from '@/lib/urdu-font';

const english = createTranslator('en', englishCatalogue, englishCatalogue);
const TranslatorContext = createContext<Translator>(english);

/** The active language's translator; English outside a provider (isolated component tests). */
export const useTranslator = (): Translator => useContext(TranslatorContext);

interface Loaded {
  lang: Language;
  catalogue: Catalogue;
}

/**
 * Loads the chosen language's catalogue (English is already here) and keeps showing the current
 * language until it arrives, so a page never mixes two. `<html lang dir>` follow the language
 * shown, and the Urdu font is added the first time Urdu is. A catalogue that fails to load leaves
 * the page in the language it was in (logged; the next switch tries again).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { lang } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded>({ lang: 'en', catalogue: englishCatalogue });
  useEffect(() => {
    let cancelled = false;
    loadCatalogue(lang)
      .then((catalogue) => {
        if (!cancelled) setLoaded({ lang, catalogue });
      })
      .catch((error: unknown) => console.warn(`[i18n] the ${lang} catalogue did not load`, error));
    return () => {
      cancelled = true;
    };
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = loaded.lang;
    root.dir = directionOf(loaded.lang);
    if (loaded.lang === 'ur') ensureUrduFont();
  }, [loaded.lang]);
  const translator = useMemo(
    () =>
      loaded.lang === 'en' ? english : createTranslator(loaded.lang, loaded.catalogue, englishCatalogue),
    [loaded],
  );
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}
