/**
 * Names of zones, sectors and indicators in the UI's other languages. Optional: a record without a
 * translation is shown in English, marked `lang="en"` so screen readers switch voice.
 */
import { z } from 'zod/mini';
import { pickLocal, type LocalNames, type LocalText } from './local-texts';
import { requiredText } from './text';

export type { LocalNames, LocalText };

/**
 * Translated text refuses control characters (C0, DEL, C1) and bidi embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069): the UI isolates each name itself, and a stray override could
 * reorder the text around it. Joiners and the directional marks (U+200C–200F) stay allowed: Urdu needs them.
 */
// eslint-disable-next-line no-control-regex
const NO_CONTROLS = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
const translated = (max: number) =>
  requiredText(max).check(z.regex(NO_CONTROLS, 'no control or bidi override characters'));

export const LocalNamesSchema = (max: number) =>
  z.optional(z.object({ 'zh-Hans': z.optional(translated(max)), ur: z.optional(translated(max)) }));

/**
 * A record's texts about its figures (notes, methods, descriptions) in Chinese and Urdu: one
 * optional `texts` object beside the English fields, keyed by the field it translates, each entry
 * shaped like `names` (`texts: { note: { "zh-Hans": …, ur: … } }`). `fields` maps each field to its limit.
 */
export function LocalTextsSchema<const F extends string>(fields: Record<F, number>) {
  const shape = Object.fromEntries(
    Object.entries<number>(fields).map(([field, max]) => [field, LocalNamesSchema(max)]),
  ) as { [K in F]: ReturnType<typeof LocalNamesSchema> };
  return z.optional(z.object(shape));
}

/** The name in `lang` when the record has it, else the English name, saying which it is. */
export function localName(entity: { name: string; names?: LocalNames }, lang: string): LocalText {
  return pickLocal(entity.name, entity.names, lang);
}

/** A zone's short name (legends, map labels) in `lang`, else its English short name. */
export function localShortName(
  zone: { shortName: string; shortNames?: LocalNames },
  lang: string,
): LocalText {
  return pickLocal(zone.shortName, zone.shortNames, lang);
}
