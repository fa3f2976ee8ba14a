/**
 * Checking an answer against the contract (zod): loaded beside the first request rather than in the
 * first load, since nothing can be checked before an answer arrives. Only lib/api-client.ts uses it.
 */
import { safeParse, z } from 'zod/mini';
import { PageInfoSchema, type PageInfo } from '@/domain/page-info';
import { ApiError } from './api-error';
import { noteRejected } from './rejected-records';
import { yieldToBrowser } from './yield-to-browser';

function summarise(error: z.core.$ZodError, prefix = ''): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'response';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${first.join('; ')}${more}`;
}

/** All-or-nothing: the whole answer must match `schema`. */
export function checkWhole<S extends z.ZodMiniType>(url: string, json: unknown, schema: S): z.infer<S> {
  const parsed = safeParse(schema, json);
  if (!parsed.success) {
    const issues = summarise(parsed.error);
    throw new ApiError('schema', `Unexpected response from ${url}: ${issues}`, { url, issues });
  }
  return parsed.data;
}

const ListEnvelopeSchema = z.object({ data: z.array(z.unknown()), page: z.optional(PageInfoSchema) });

/**
 * Records checked between two yields to the browser: a few milliseconds of a slow phone's time
 * (100× the demo data is tens of thousands of records, a second of its main thread in one task).
 */
export const RECORDS_PER_SLICE = 1000;

/**
 * Per record: the { data: [...] } envelope must match, then each record is validated on its own.
 * A record that fails (or repeats an earlier key) is left out and reported; only when every record
 * fails does the whole answer fail, since then nothing trustworthy is left to show.
 */
export async function checkList<S extends z.ZodMiniType>(
  url: string,
  json: unknown,
  itemSchema: S,
  keyOf: (item: z.infer<S>) => string,
): Promise<{ data: z.infer<S>[]; page?: PageInfo }> {
  const { data, page } = checkWhole(url, json, ListEnvelopeSchema);
  const kept: z.infer<S>[] = [];
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of data.entries()) {
    if (index > 0 && index % RECORDS_PER_SLICE === 0) await yieldToBrowser();
    const parsed = safeParse(itemSchema, raw);
    if (!parsed.success) {
      issues.push(summarise(parsed.error, `data.${index}`));
      continue;
    }
    const key = keyOf(parsed.data);
    if (seen.has(key)) {
      issues.push(`data.${index}: repeats ${key}`);
      continue;
    }
    seen.add(key);
    kept.push(parsed.data);
  }
  const resource = new URL(url).pathname.split('/').pop() ?? url;
  noteRejected({ url, resource, count: issues.length, total: data.length, issues });
  if (data.length > 0 && kept.length === 0) {
    const summary = issues.slice(0, 3).join('; ');
    throw new ApiError('schema', `Unexpected response from ${url}: ${summary}`, { url, issues: summary });
  }
  return page ? { data: kept, page } : { data: kept };
}
