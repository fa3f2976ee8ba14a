import { intlLocale } from '@/lib/language';
import type { Locale } from '@/lib/locale';

/**
 * "A, B and C" / "A、B和C" / "A، B، اور C": a list joined as the language joins one. British English
 * for English, as the English locale writes figures (no serial comma).
 */
export function listIn(locale: Locale, items: readonly string[]): string {
  const lang = locale.lang === 'en' || locale.lang === 'en-XA' ? 'en-GB' : intlLocale(locale.lang);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
