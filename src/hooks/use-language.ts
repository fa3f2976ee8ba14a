import { useCallback } from 'react';
import { DEFAULT_LANGUAGE, pickLanguage, urlLanguages, type Language } from '@/lib/language';
import { defaultNumberStyle, numberStyles, type NumberStyle } from '@/lib/number-styles';
import { readLiteral } from '@/lib/url-read';
import { urlState } from './use-url-state';

const useLanguageParams = urlState((params) => ({
  lang: readLiteral(params, 'lang', urlLanguages),
  numbers: readLiteral(params, 'numbers', numberStyles),
}));

const browserLanguage = () =>
  pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

/**
 * The language and number style an address asks for, the browser's preferences deciding where it
 * does not say (what `useLanguage` and `useNumberStyle` read, for code that runs before React).
 */
export function languageOf(search: string, preferred: readonly string[]) {
  const params = new URLSearchParams(search);
  const lang: Language = readLiteral(params, 'lang', urlLanguages) ?? pickLanguage(preferred);
  const numberStyle: NumberStyle = readLiteral(params, 'numbers', numberStyles) ?? defaultNumberStyle(lang);
  return { lang, numberStyle };
}

/**
 * The UI language: `?lang=` when the address has it, else the browser's preferences decide.
 * English is not written unless this browser would otherwise pick another language, so a plain link
 * stays plain and a chosen language survives a reload; any other choice is written, so a shared
 * link opens in the language it was shared in. Replaces the history entry, like the theme.
 */
export function useLanguage() {
  const [{ lang: param }, setParam] = useLanguageParams();
  const lang: Language = param ?? browserLanguage();
  const setLanguage = useCallback(
    (next: Language) =>
      setParam('lang', next === DEFAULT_LANGUAGE && browserLanguage() === DEFAULT_LANGUAGE ? null : next),
    [setParam],
  );
  return { lang, setLanguage };
}

/**
 * How numbers are written (`?numbers=`): international, South Asian (lakh/crore) or Chinese (万/亿).
 * The language's own style unless chosen; only a choice that differs from it is written.
 */
export function useNumberStyle(lang: Language) {
  const [{ numbers }, setParam] = useLanguageParams();
  const numberStyle: NumberStyle = numbers ?? defaultNumberStyle(lang);
  const setNumberStyle = useCallback(
    (next: NumberStyle) => setParam('numbers', next === defaultNumberStyle(lang) ? null : next),
    [setParam, lang],
  );
  return { numberStyle, setNumberStyle };
}
