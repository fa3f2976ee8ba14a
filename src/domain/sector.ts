import { z } from 'zod/mini';
import { limits, requiredText, text } from './text';

export const SectorSchema = z.object({
  id: requiredText(limits.id),
  name: requiredText(limits.name),
  /** 'technology' sectors are ours (zone breakdowns); 'economy' sectors are SBP's FDI categories. */
  group: z.enum(['technology', 'economy']),
  description: text(limits.description),
});
export type Sector = z.infer<typeof SectorSchema>;
