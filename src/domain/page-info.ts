import { z } from 'zod/mini';

// Its own module so that the API client, which every page loads first, does not pull in the schemas
// of every resource (domain/api.ts) with it.
/** Where a page of observations sits: the total matching and the cursor of the next page. */
export const PageInfoSchema = z.object({
  limit: z.int(),
  total: z.int(),
  /** null on the last page; otherwise pass it back as `cursor` to get the next one. */
  nextCursor: z.nullable(z.string()),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;
