import { z } from 'zod/mini';
import { LocalNamesSchema, LocalTextsSchema } from './local-names';
import { limits, requiredText, text } from './text';

export const SectorSchema = z.object({
  id: requiredText(limits.id),
  name: requiredText(limits.name),
  /** The name in Chinese and Urdu where there is one (docs/i18n.md). */
  names: LocalNamesSchema(limits.name),
  /** 'technology' sectors are ours (zone breakdowns); 'economy' sectors are SBP's FDI categories. */
  group: z.enum(['technology', 'economy']),
  description: text(limits.description),
  texts: LocalTextsSchema({ description: limits.description }),
});
export type Sector = z.infer<typeof SectorSchema>;
