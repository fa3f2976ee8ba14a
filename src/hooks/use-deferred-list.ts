import { useDeferredValue } from 'react';
import { useStableList } from './use-stable-list';

/**
 * A list of answers (the data of a panel's queries) for a deferred render. TanStack Query's hooks
 * render synchronously when an answer arrives; what is shaped and drawn from this list follows in a
 * transition, which React renders in slices with room for input and paint between them. `catchingUp`
 * is true while the list shown is older than the answers.
 */
export function useDeferredList<const T extends readonly unknown[]>(
  list: T,
): { list: T; catchingUp: boolean } {
  // The kept list has the same items as `list` in the same places, so it has its type too.
  const stable = useStableList(list) as T;
  const deferred = useDeferredValue(stable);
  return { list: deferred, catchingUp: deferred !== stable };
}
