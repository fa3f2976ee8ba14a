import { useMemo, type ReactNode } from 'react';
import type { IndicatorMeta } from '@/domain/meta';
import { useLocale } from '@/components/language-provider';
import type { Observation } from '@/domain/observation';
import { FreshnessNote } from '@/components/freshness-note';
import { toFreshness } from '@/lib/freshness';
import { KpiCardBody } from './kpi-card';
import styles from './kpi-card.module.css';
import type { KpiId } from './kpi-cards';
import { kpiShape } from './kpi-definitions';
import type { KpiContext } from './kpi-model';

/**
 * A card's figures once its data is in: shaped and drawn, or `empty`. Loaded by kpi-slot.tsx beside
 * the data (not in the first load): the shaping of every card, the card body and its freshness note
 * come with it. Shaping runs once per data change, not on every render of the card (a query's
 * fetching state changes it several times per answer).
 */
export function ShapedKpi({
  id,
  observations,
  worldBank,
  zones,
  meta,
  indicators,
  before,
  after,
  empty,
}: {
  id: KpiId;
  observations: readonly Observation[];
  worldBank: readonly Observation[] | undefined;
  zones: KpiContext['zones'];
  /** /meta's freshness records and the card's indicators, for "updated …, next expected …". */
  meta: readonly IndicatorMeta[] | undefined;
  indicators: readonly string[];
  before: ReactNode;
  after: ReactNode;
  empty: ReactNode;
}) {
  const locale = useLocale();
  const kpi = useMemo(
    () => kpiShape(id)(observations, worldBank, { zones }, locale),
    [id, observations, worldBank, zones, locale],
  );
  // The same elements while the figures are the same: the card's other renders (its queries'
  // fetching states, a deferred value catching up) skip the body.
  const body = useMemo(() => kpi && <KpiCardBody kpi={kpi} />, [kpi]);
  const note = useMemo(
    () => (
      <div className={styles.freshness}>
        <FreshnessNote freshness={toFreshness(meta, indicators, locale)} />
      </div>
    ),
    [meta, indicators, locale],
  );
  if (!body) return empty;
  return (
    <>
      {before}
      {body}
      {note}
      {after}
    </>
  );
}
