import { z } from 'zod';

/**
 * The World Bank Indicators API v2 as it really answers (format=json):
 * success is [paging metadata, rows]; failure is a one-element array [{ message: [...] }],
 * still with HTTP 200. Rows come newest first; missing years have value null.
 */
export const WorldBankPageSchema = z.object({
  page: z.number().int(),
  pages: z.number().int(),
  per_page: z.union([z.number().int(), z.string()]),
  total: z.number().int(),
  sourceid: z.string().nullable().optional(),
  sourcename: z.string().nullable().optional(),
  lastupdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const WorldBankRowSchema = z.object({
  indicator: z.object({ id: z.string(), value: z.string() }),
  country: z.object({ id: z.string(), value: z.string() }),
  countryiso3code: z.string(),
  date: z.string().regex(/^\d{4}$/),
  value: z.number().nullable(),
  unit: z.string(),
  obs_status: z.string(),
  decimal: z.number().int(),
});
export type WorldBankRow = z.infer<typeof WorldBankRowSchema>;

export const WorldBankErrorSchema = z.tuple([
  z.object({ message: z.array(z.object({ id: z.string(), key: z.string(), value: z.string() })).min(1) }),
]);

export const WorldBankSuccessSchema = z.tuple([WorldBankPageSchema, z.array(WorldBankRowSchema).nullable()]);
export type WorldBankSuccess = z.infer<typeof WorldBankSuccessSchema>;

export const worldBankIndicators = {
  'SP.POP.TOTL': { name: 'Population, total', unit: 'persons' },
  'SP.POP.0014.TO.ZS': { name: 'Population ages 0–14 (% of total)', unit: '%' },
  'SP.POP.65UP.TO.ZS': { name: 'Population ages 65 and above (% of total)', unit: '%' },
} as const;
export type WorldBankIndicatorId = keyof typeof worldBankIndicators;
