// The texts the data carries about its figures (provenance notes and methods, descriptions,
// definitions, zone and company notes, event titles) in Simplified Chinese and Urdu. The
// translations live in mocks/data/localised-texts.json, keyed by the English text, and are merged
// into each record's `texts` here (docs/data.md, "Localised texts"); a text without both
// translations stops the import, as a record without names does.
import { readFileSync } from 'node:fs';

const table = JSON.parse(
  readFileSync(new URL('../mocks/data/localised-texts.json', import.meta.url), 'utf8'),
);

/** `object` with `texts` for those of `fields` it has; refuses an English text without a translation. */
function withTexts(object, fields, where, refused) {
  if (!object) return object;
  const texts = {};
  for (const field of fields) {
    const english = object[field];
    if (!english) continue;
    const entry = table[english];
    if (!entry?.['zh-Hans'] || !entry?.ur) {
      refused.push(
        `${where} ${field}: no Chinese and Urdu in mocks/data/localised-texts.json for "${english}"`,
      );
      continue;
    }
    texts[field] = { 'zh-Hans': entry['zh-Hans'], ur: entry.ur };
  }
  return Object.keys(texts).length > 0 ? { ...object, texts } : object;
}

const provenance = (p, where, refused) => withTexts(p, ['note', 'method'], `${where} provenance`, refused);

const byKind = {
  observations: (o, w, r) => ({
    ...withTexts(o, ['definition'], w, r),
    provenance: provenance(o.provenance, w, r),
  }),
  indicators: (i, w, r) => withTexts(i, ['description'], w, r),
  sectors: (s, w, r) => withTexts(s, ['description'], w, r),
  companies: (c, w, r) => ({
    ...withTexts(c, ['sectorMethod', 'notes'], w, r),
    provenance: provenance(c.provenance, w, r),
  }),
  events: (e, w, r) => ({
    ...withTexts(e, ['title', 'description'], w, r),
    provenance: provenance(e.provenance, w, r),
  }),
  zones: (z, w, r) => ({
    ...withTexts(z, ['statusNote', 'notes'], w, r),
    coordinates: {
      ...withTexts(z.coordinates, ['note'], `${w} coordinates`, r),
      ...(z.coordinates.provenance && {
        provenance: provenance(z.coordinates.provenance, `${w} coordinates`, r),
      }),
    },
    area: withTexts(z.area, ['note'], `${w} area`, r),
    dates: z.dates.map((d) => ({
      ...withTexts(d, ['note'], `${w} ${d.kind} date`, r),
      ...(d.provenance && { provenance: provenance(d.provenance, `${w} ${d.kind} date`, r) }),
    })),
    provenance: provenance(z.provenance, w, r),
  }),
};

/** Adds Chinese and Urdu `texts` to records of `kind` (observations, zones, …). */
export function withLocalisedTexts(kind, records, refused) {
  return records.map((record, i) => byKind[kind](record, `${kind} ${record.id ?? `#${i + 1}`}`, refused));
}
