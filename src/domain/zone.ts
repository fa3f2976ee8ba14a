import { z } from 'zod';
import { PartialDateSchema, ProvenanceSchema } from './provenance';

export const zoneStatuses = ['notified', 'approved', 'launched', 'planned', 'counterpart'] as const;
export const ZoneStatusSchema = z.enum(zoneStatuses);
export type ZoneStatus = z.infer<typeof ZoneStatusSchema>;

export const CountryCodeSchema = z.enum(['PK', 'CN']);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const ZoneSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().min(1),
  country: CountryCodeSchema,
  city: z.string().min(1),
  province: z.string().min(1),
  coordinates: z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Sources give city centroids, not sites; the UI says so. */
    precision: z.enum(['city-centroid', 'site']),
    note: z.string().optional(),
  }),
  status: ZoneStatusSchema,
  statusNote: z.string(),
  developer: z.string().nullable(),
  area: z
    .object({ value: z.number().positive(), unit: z.enum(['acres', 'sq ft', 'km²']), note: z.string().optional() })
    .nullable(),
  dates: z.array(
    z.object({
      kind: z.enum(['established', 'state-level', 'launched', 'notified', 'approved', 'withdrawn']),
      date: PartialDateSchema,
      note: z.string().optional(),
    }),
  ),
  notes: z.string().optional(),
  provenance: ProvenanceSchema,
});
export type Zone = z.infer<typeof ZoneSchema>;
