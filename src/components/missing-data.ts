import { failureOf, type QueryFreshness } from '@/components/panel-states';
import { describeError } from '@/lib/describe-error';
import type { Translator } from '@/lib/messages';
import type { MissingData } from './slide-spec';

/** The queries a slide needs, by what they hold in words; those that failed become MissingData, in `t`'s language. */
export function missingData(
  needs: readonly (readonly [what: string, query: QueryFreshness])[],
  t: Translator,
): MissingData[] {
  return needs.flatMap(([what, query]) => {
    const failure = failureOf(query);
    return failure ? [{ what, reason: describeError(failure, t), retry: () => void query.refetch() }] : [];
  });
}
