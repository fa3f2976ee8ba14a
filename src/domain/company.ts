import { z } from 'zod';
import { ProvenanceSchema } from './provenance';

export const CompanySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  zoneId: z.string().min(1),
  sectorId: z.string().min(1),
  notes: z.string(),
  provenance: ProvenanceSchema,
});
export type Company = z.infer<typeof CompanySchema>;
