import type { Observation } from './observation';
import { compareAsOf } from './provenance';
import { provenanceKinds } from './provenance-kinds';
import { periodPosition } from './period';

/**
 * The one ordering rule for figures that disagree (docs/data.md, "Where sources disagree"): the
 * strongest provenance leads (sourced > announcement > estimate > illustrative); between equals,
 * the latest period, then the latest as-of date. The others stand beside it, each labelled.
 */
export function strongestFirst(figures: readonly Observation[]): Observation[] {
  const strength = (o: Observation) => provenanceKinds.indexOf(o.provenance.kind);
  return [...figures].sort(
    (a, b) =>
      strength(a) - strength(b) ||
      periodPosition(b.period) - periodPosition(a.period) ||
      compareAsOf(b.provenance.asOf, a.provenance.asOf),
  );
}

/** Figures of one indicator counted differently (their `definition` differs) are never compared. */
export const sameDefinition = (a: Observation, b: Observation): boolean =>
  (a.definition ?? '') === (b.definition ?? '');
