import { z } from 'zod/mini';
import { PartialDateSchema, ProvenanceSchema } from './provenance';
import { LocalNamesSchema, LocalTextsSchema } from './local-names';
import { limits, requiredText, text } from './text';

export const zoneStatuses = ['notified', 'approved', 'launched', 'planned', 'counterpart'] as const;
const ZoneStatusSchema = z.enum(zoneStatuses);
export type ZoneStatus = z.infer<typeof ZoneStatusSchema>;

const CountryCodeSchema = z.enum(['PK', 'CN']);

export const ZoneSchema = z.object({
  id: requiredText(limits.id),
  name: requiredText(limits.name),
  shortName: requiredText(limits.shortName),
  /** The name in Chinese and Urdu where there is one (docs/i18n.md). */
  names: LocalNamesSchema(limits.name),
  shortNames: LocalNamesSchema(limits.shortName),
  country: CountryCodeSchema,
  city: requiredText(limits.place),
  province: requiredText(limits.place),
  coordinates: z.object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
    /** Sources give city centroids, not sites; the UI says so. */
    precision: z.enum(['city-centroid', 'site']),
    note: z.optional(text(limits.note)),
    texts: LocalTextsSchema({ note: limits.note }),
    /** Where the point comes from: a coordinates file, or a placement we made (an estimate). Absent: the zone's own source. */
    provenance: z.optional(ProvenanceSchema),
  }),
  status: ZoneStatusSchema,
  statusNote: text(limits.note),
  developer: z.nullable(text(limits.name)),
  area: z.nullable(
    z.object({
      value: z.number().check(z.positive()),
      unit: z.enum(['acres', 'sq ft', 'km²']),
      note: z.optional(text(limits.note)),
      texts: LocalTextsSchema({ note: limits.note }),
    }),
  ),
  dates: z.array(
    z.object({
      kind: z.enum(['established', 'state-level', 'launched', 'notified', 'approved', 'withdrawn']),
      date: PartialDateSchema,
      note: z.optional(text(limits.note)),
      texts: LocalTextsSchema({ note: limits.note }),
      /** The source of this date when it is not the zone's own source (a later report, say). */
      provenance: z.optional(ProvenanceSchema),
    }),
  ),
  notes: z.optional(text(limits.description)),
  /** `statusNote` and `notes` in Chinese and Urdu (docs/api.md "Localised texts"). */
  texts: LocalTextsSchema({ statusNote: limits.note, notes: limits.description }),
  provenance: ProvenanceSchema,
});
export type Zone = z.infer<typeof ZoneSchema>;
