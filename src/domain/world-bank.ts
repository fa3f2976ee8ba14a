import { z } from 'zod/mini';

/**
 * The World Bank Indicators API v2 as it really answers (format=json):
 * success is [paging metadata, rows]; failure is a one-element array [{ message: [...] }],
 * still with HTTP 200. Rows come newest first; missing years have value null.
 */
const WorldBankPageSchema = z.object({
  page: z.int(),
  pages: z.int(),
  per_page: z.union([z.int(), z.string()]),
  total: z.int(),
  sourceid: z.optional(z.nullable(z.string())),
  sourcename: z.optional(z.nullable(z.string())),
  lastupdated: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /**
   * Sent by our own API (the demo's mock and the data service), never by the World Bank: their rows
   * are copied from a public mirror of WDI, named here.
   * When the copy does not state WDI's update date, `lastupdated` is the copy's date and is not shown.
   */
  copy: z.optional(z.object({ name: z.string(), url: z.nullable(z.url()), lastUpdatedGiven: z.boolean() })),
});

export const WorldBankRowSchema = z.object({
  indicator: z.object({ id: z.string(), value: z.string() }),
  country: z.object({ id: z.string(), value: z.string() }),
  countryiso3code: z.string(),
  date: z.string().check(z.regex(/^\d{4}$/)),
  value: z.nullable(z.number()),
  unit: z.string(),
  obs_status: z.string(),
  decimal: z.int(),
});
export type WorldBankRow = z.infer<typeof WorldBankRowSchema>;

const WorldBankErrorSchema = z.tuple([
  z.object({
    message: z.array(z.object({ id: z.string(), key: z.string(), value: z.string() })).check(z.minLength(1)),
  }),
]);

export const WorldBankSuccessSchema = z.tuple([WorldBankPageSchema, z.nullable(z.array(WorldBankRowSchema))]);
export type WorldBankSuccess = z.infer<typeof WorldBankSuccessSchema>;

/** A World Bank answer is either [paging, rows] or the one-element error array; both come with HTTP 200. */
export const WorldBankResponseSchema = z.union([WorldBankSuccessSchema, WorldBankErrorSchema]);

/** Total population (persons); ages 0–14 and 65 and above (% of total). */
export type WorldBankIndicatorId = 'SP.POP.TOTL' | 'SP.POP.0014.TO.ZS' | 'SP.POP.65UP.TO.ZS';
