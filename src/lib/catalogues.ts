/**
 * Catalogues of the other languages, one small chunk each, fetched when someone switches to one (or
 * arrives with it). English has none at run time: its messages are pre-parsed into the modules that
 * declare them (vite.config.ts, `formatjs({ ast: true })`).
 */
import type { Language } from './language';
import type { Catalogue } from './messages';

const lazy: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  'zh-Hans': () => import('@/locales/compiled/zh-Hans.json'),
  ur: () => import('@/locales/compiled/ur.json'),
  'en-XA': () => import('@/locales/compiled/en-XA.json'),
};

const EMPTY: Catalogue = {};

export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  if (lang === 'en') return EMPTY;
  const module = await lazy[lang]();
  return module.default as Catalogue;
}
