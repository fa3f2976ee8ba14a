import { z } from 'zod/mini';
import { limits, requiredText, text, WebUrlSchema } from './text';

/**
 * Every figure the dashboard shows carries one of these. The four kinds are the
 * project's honesty rule (see README, "Where the data comes from").
 */
export const provenanceKinds = ['sourced', 'announcement', 'estimate', 'illustrative'] as const;
export const ProvenanceKindSchema = z.enum(provenanceKinds);
export type ProvenanceKind = z.infer<typeof ProvenanceKindSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const PartialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const ProvenanceSchema = z.object({
  kind: ProvenanceKindSchema,
  source: requiredText(limits.source),
  url: z.nullable(WebUrlSchema),
  asOf: PartialDateSchema,
  note: z.optional(text(limits.note)),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
