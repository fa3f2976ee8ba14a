import { z } from 'zod/mini';

export const SectorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** 'technology' sectors are ours (zone breakdowns); 'economy' sectors are SBP's FDI categories. */
  group: z.enum(['technology', 'economy']),
  description: z.string(),
});
export type Sector = z.infer<typeof SectorSchema>;
