import { retryAtOf } from '@/lib/query-client';
import { useNow } from './use-now';

/** "Retrying in 8 s." while a retry is scheduled; nothing once the query has given up. */
export function useRetryNote(error: unknown): string {
  const retryAt = retryAtOf(error);
  const now = useNow(retryAt !== undefined);
  if (retryAt === undefined) return '';
  const seconds = Math.ceil((retryAt - now) / 1000);
  return seconds > 0 ? ` Retrying in ${seconds} s.` : ' Retrying now…';
}
