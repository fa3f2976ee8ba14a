import { z } from 'zod/mini';
import { ProvenanceSchema } from './provenance';
import { LocalTextsSchema } from './local-names';
import { limits, requiredText, text } from './text';

export const CompanySchema = z.object({
  id: requiredText(limits.id),
  name: requiredText(limits.name),
  zoneId: requiredText(limits.id),
  sectorId: requiredText(limits.id),
  /** Absent when the source gives the sector; else how we classified the company (our estimate). */
  sectorMethod: z.optional(text(limits.note)),
  notes: text(limits.description),
  texts: LocalTextsSchema({ sectorMethod: limits.note, notes: limits.description }),
  provenance: ProvenanceSchema,
});
export type Company = z.infer<typeof CompanySchema>;
