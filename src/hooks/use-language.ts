import { parseAsStringLiteral } from 'nuqs/server';
import { useCallback } from 'react';
import { DEFAULT_LANGUAGE, pickLanguage, urlLanguages, type Language } from '@/lib/language';
import { urlState } from './use-url-state';

const useLanguageParam = urlState({ lang: parseAsStringLiteral(urlLanguages) });

const browserLanguage = () =>
  pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

/**
 * The UI language: `?lang=` when the address has it, else the browser's preferences decide.
 * English is not written unless this browser would otherwise pick another language, so a plain link
 * stays plain and a chosen language survives a reload; any other choice is written, so a shared
 * link opens in the language it was shared in. Replaces the history entry, like the theme.
 */
export function useLanguage() {
  const [{ lang: param }, setParams] = useLanguageParam();
  const lang: Language = param ?? browserLanguage();
  const setLanguage = useCallback(
    (next: Language) =>
      setParams({ lang: next === DEFAULT_LANGUAGE && browserLanguage() === DEFAULT_LANGUAGE ? null : next }),
    [setParams],
  );
  return { lang, setLanguage };
}
