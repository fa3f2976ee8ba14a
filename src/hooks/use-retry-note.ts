import { defineMessages, type Translator } from '@/lib/messages';
import { retryAtOf } from '@/lib/query-client';
import { useNow } from './use-now';

const messages = defineMessages({
  retryIn: {
    id: 'errors.retry.in',
    defaultMessage: '{seconds, plural, one {Retrying in # s.} other {Retrying in # s.}}',
    description: 'After a failure message: the next automatic retry, counted down in seconds.',
  },
  retryNow: {
    id: 'errors.retry.now',
    defaultMessage: 'Retrying now…',
    description: 'After a failure message: the automatic retry is running.',
  },
});

/** "Retrying in 8 s." while a retry is scheduled; '' once the query has given up. */
export function useRetryNote(error: unknown, t: Translator): string {
  const retryAt = retryAtOf(error);
  const now = useNow(retryAt !== undefined);
  if (retryAt === undefined) return '';
  const seconds = Math.ceil((retryAt - now) / 1000);
  return seconds > 0 ? t.format(messages.retryIn, { seconds }) : t.format(messages.retryNow);
}
