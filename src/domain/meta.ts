import { z } from 'zod/mini';

/** How current one indicator is: when it last changed and when its next release is due. */
export const IndicatorFreshnessSchema = z.object({
  indicatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  lastUpdated: z.nullable(z.string().check(z.maxLength(40))),
  nextExpected: z.nullable(z.string().check(z.maxLength(40))),
  overdue: z.boolean(),
});

/**
 * GET /meta: the dataset as a whole. `datasetVersion` changes with every import, so a client can
 * tell whether figures it saved earlier are from the same release.
 */
export const MetaSchema = z.object({
  datasetVersion: z.string().check(z.minLength(1), z.maxLength(200)),
  lastImportAt: z.nullable(z.string().check(z.maxLength(40))),
  indicators: z.array(IndicatorFreshnessSchema),
});
export type Meta = z.infer<typeof MetaSchema>;

export const MetaResponseSchema = z.object({ data: MetaSchema });
