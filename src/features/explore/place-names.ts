import type { LocalText } from '@/domain/local-names';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';

/** ISO 3166-2:PK names, and the two countries; zones are named from the zones endpoint. */
const places = defineMessages({
  PAK: { id: 'explore.place.pak', defaultMessage: 'Pakistan', description: 'Country name.' },
  CHN: { id: 'explore.place.chn', defaultMessage: 'China', description: 'Country name.' },
  'PK-PB': { id: 'explore.place.pk-pb', defaultMessage: 'Punjab', description: 'Province of Pakistan.' },
  'PK-SD': { id: 'explore.place.pk-sd', defaultMessage: 'Sindh', description: 'Province of Pakistan.' },
  'PK-KP': {
    id: 'explore.place.pk-kp',
    defaultMessage: 'Khyber Pakhtunkhwa',
    description: 'Province of Pakistan.',
  },
  'PK-BA': {
    id: 'explore.place.pk-ba',
    defaultMessage: 'Balochistan',
    description: 'Province of Pakistan.',
  },
  'PK-IS': {
    id: 'explore.place.pk-is',
    defaultMessage: 'Islamabad Capital Territory',
    description: 'Federal territory of Pakistan.',
  },
  'PK-TA': {
    id: 'explore.place.pk-ta',
    defaultMessage: 'FATA (merged into KP 2018)',
    description: 'Former Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa in 2018.',
  },
});

const known = (geo: string): geo is keyof typeof places => Object.hasOwn(places, geo);

/** A country or province in the page's language; an unknown code stays as it is (in English). */
export function placeName(geo: string, locale: Locale): LocalText {
  if (!known(geo)) return { text: geo, lang: 'en' };
  const message: MessageDescriptor = places[geo];
  // Translated like the page; the pseudo-locale's accented English counts as English.
  const lang = locale.lang === 'zh-Hans' || locale.lang === 'ur' ? locale.lang : 'en';
  return { text: locale.format(message), lang };
}
