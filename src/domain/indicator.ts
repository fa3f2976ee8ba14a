import { z } from 'zod/mini';

export const IndicatorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** Display unit: 'persons', '%', 'USD', 'PKR', 'CNY', 'count'. */
  unit: z.enum(['persons', '%', 'USD', 'PKR', 'CNY', 'count', '% per year']),
  frequency: z.enum(['annual', 'fiscal-year', 'census', 'irregular', 'cumulative']),
  description: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorUnit = Indicator['unit'];
