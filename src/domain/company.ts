import { z } from 'zod/mini';
import { ProvenanceSchema } from './provenance';

export const CompanySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  zoneId: z.string().check(z.minLength(1)),
  sectorId: z.string().check(z.minLength(1)),
  /** Absent when the source gives the sector; else how we classified the company (our estimate). */
  sectorMethod: z.optional(z.string()),
  notes: z.string(),
  provenance: ProvenanceSchema,
});
export type Company = z.infer<typeof CompanySchema>;
