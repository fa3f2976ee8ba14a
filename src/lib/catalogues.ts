/**
 * Catalogues: English is part of the first load; every other language is its own small chunk,
 * fetched when someone switches to it (or arrives with it).
 */
import en from '@/locales/compiled/en.json';
import type { Language } from './language';
import type { Catalogue } from './messages';

export const englishCatalogue = en as unknown as Catalogue;

const lazy: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  'zh-Hans': () => import('@/locales/compiled/zh-Hans.json'),
  ur: () => import('@/locales/compiled/ur.json'),
  'en-XA': () => import('@/locales/compiled/en-XA.json'),
};

export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  if (lang === 'en') return englishCatalogue;
  const module = await lazy[lang]();
  return module.default as Catalogue;
}
