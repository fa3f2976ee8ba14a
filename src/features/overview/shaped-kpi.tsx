import type { ReactNode } from 'react';
import { useLocale } from '@/components/language-provider';
import type { Observation } from '@/domain/observation';
import { KpiCardBody } from './kpi-card';
import type { KpiId } from './kpi-cards';
import { kpiShape } from './kpi-definitions';
import type { KpiContext } from './kpi-model';

/**
 * A card's figures once its data is in: shaped and drawn, or `empty`. Loaded by kpi-slot.tsx beside
 * the data (not in the first load): the shaping of every card and the card body come with it.
 */
export function ShapedKpi({
  id,
  observations,
  worldBank,
  context,
  before,
  after,
  empty,
}: {
  id: KpiId;
  observations: readonly Observation[];
  worldBank: readonly Observation[] | undefined;
  context: KpiContext;
  before: ReactNode;
  after: ReactNode;
  empty: ReactNode;
}) {
  const locale = useLocale();
  const kpi = kpiShape(id)(observations, worldBank, context, locale);
  if (!kpi) return empty;
  return (
    <>
      {before}
      <KpiCardBody kpi={kpi} />
      {after}
    </>
  );
}
