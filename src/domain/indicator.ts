import { z } from 'zod/mini';
import { LocalNamesSchema, LocalTextsSchema } from './local-names';
import { limits, requiredText, text } from './text';

export const IndicatorSchema = z.object({
  id: requiredText(limits.id),
  name: requiredText(limits.name),
  /** The name in Chinese and Urdu where there is one (docs/i18n.md). */
  names: LocalNamesSchema(limits.name),
  /** Display unit: 'persons', '%', 'USD', 'PKR', 'CNY', 'count'. */
  unit: z.enum(['persons', '%', 'USD', 'PKR', 'CNY', 'count', '% per year']),
  frequency: z.enum(['annual', 'fiscal-year', 'census', 'irregular', 'cumulative']),
  description: text(limits.description),
  texts: LocalTextsSchema({ description: limits.description }),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorUnit = Indicator['unit'];
