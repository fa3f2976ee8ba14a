import { z } from 'zod/mini';
import { ProvenanceSchema } from './provenance';
import { LocalTextsSchema } from './local-names';
import { limits, requiredText } from './text';

/** Countries use ISO 3166-1 alpha-3, provinces ISO 3166-2 (PK-PB…), zones their zone id. */
const GeoTypeSchema = z.enum(['country', 'province', 'city', 'zone']);
export type GeoType = z.infer<typeof GeoTypeSchema>;

/** Calendar year "2023", Pakistan fiscal year "FY2025" (Jul 2024–Jun 2025), a month "2024-08", or a span "1993-2012". */
const PeriodSchema = z
  .string()
  .check(
    z.regex(/^(FY)?\d{4}(-\d{2}|-\d{4})?$/, 'expected a period such as 2023, FY2025, 2024-08 or 1993-2012'),
  );

export const ObservationSchema = z.object({
  indicatorId: requiredText(limits.id),
  geoType: GeoTypeSchema,
  geo: requiredText(limits.id),
  sectorId: z.nullable(requiredText(limits.id)),
  period: PeriodSchema,
  /** Finite: zod rejects Infinity and NaN (JSON's 1e400 parses to Infinity). */
  value: z.number(),
  /** "more-than" renders 20 as "20+"; sources often give a floor. */
  qualifier: z.nullable(z.enum(['more-than', 'about'])),
  /** SBP revises FDI: the same period can have a first-reported and a revised figure. */
  vintage: z.nullable(z.enum(['first-reported', 'revised'])),
  /**
   * What was counted, where figures of one indicator are counted differently by their sources
   * (zones "rolled out" vs "existing and notified"). Changes are computed only within one definition.
   */
  definition: z.optional(z.string()),
  /** `definition` in Chinese and Urdu; the English `definition` stays the key changes are computed within. */
  texts: LocalTextsSchema({ definition: limits.note }),
  provenance: ProvenanceSchema,
});
export type Observation = z.infer<typeof ObservationSchema>;
