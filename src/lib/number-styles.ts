import type { Language } from './language';

/** The number styles a reader can choose (`?numbers=`), in the order the header lists them. */
export const numberStyles = ['international', 'south-asian', 'chinese'] as const;
export type NumberStyle = (typeof numberStyles)[number];

/** English (including en-PK: Dawn and Business Recorder write million/billion) reads millions; Urdu lakh/crore. */
export function defaultNumberStyle(lang: Language): NumberStyle {
  if (lang === 'zh-Hans') return 'chinese';
  if (lang === 'ur') return 'south-asian';
  return 'international';
}
