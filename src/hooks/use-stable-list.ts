import { useState } from 'react';

/**
 * The same array as last render while its items are the same (by identity), so a list built on
 * every render (the data of several queries) can key a `useMemo`: work then runs once per change.
 */
export function useStableList<T>(list: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(list);
  const same = kept.length === list.length && kept.every((item, i) => Object.is(item, list[i]));
  // Adjusting state while rendering (React's documented pattern): no effect, no extra paint.
  if (!same) setKept(list);
  return same ? kept : list;
}
