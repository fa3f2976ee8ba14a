import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { kpiCards, type KpiCard, type KpiId } from './kpi-cards';
import type { Kpi, KpiContext } from './kpi-model';
import { toChinaFdiKpi, toIctExportsKpi } from './to-money-kpis';
import { toPopulationKpi, toYouthKpi } from './to-people-kpis';
import { toCompaniesKpi, toFortune500Kpi, toZoneCountKpi, toZoneInvestmentKpi } from './to-zone-kpis';

/** A card (kpi-cards.ts) with how its figures are shaped. */
export interface KpiDefinition extends KpiCard {
  shape: (
    observations: readonly Observation[],
    worldBank: readonly Observation[] | undefined,
    context: KpiContext,
    locale: Locale,
  ) => Kpi | null;
}

const shapes: Record<KpiId, KpiDefinition['shape']> = {
  population: (observations, worldBank, _context, locale) => toPopulationKpi(observations, worldBank, locale),
  youth: (observations, worldBank, _context, locale) => toYouthKpi(observations, worldBank, locale),
  zones: (observations, _wb, _context, locale) => toZoneCountKpi(observations, locale),
  companies: (observations, _wb, context, locale) => toCompaniesKpi(observations, context, locale),
  'fdi-china': (observations, _wb, _context, locale) => toChinaFdiKpi(observations, locale),
  'ict-exports': (observations, _wb, _context, locale) => toIctExportsKpi(observations, locale),
  'zone-investment': (observations, _wb, context, locale) =>
    toZoneInvestmentKpi(observations, context, locale),
  'seda-fortune500': (observations, _wb, _context, locale) => toFortune500Kpi(observations, locale),
};

export const kpiShape = (id: KpiId): KpiDefinition['shape'] => shapes[id];

export const kpiDefinitions: readonly KpiDefinition[] = kpiCards.map((card) => ({
  ...card,
  shape: shapes[card.id],
}));

type Shape = KpiDefinition['shape'];

/**
 * `shape` that remembers each card's last inputs and result: a card is shaped again only when one
 * of its inputs changes. For views that hold every card's data at once (the deck re-renders as each
 * of some twenty answers arrives; shaping all the cards each time cost a phone 25–45 ms a render).
 */
export function rememberingShape(): (id: KpiId, ...inputs: Parameters<Shape>) => Kpi | null {
  const last = new Map<KpiId, { inputs: Parameters<Shape>; kpi: Kpi | null }>();
  return (id, ...inputs) => {
    const entry = last.get(id);
    if (entry && entry.inputs.every((input, i) => Object.is(input, inputs[i]))) return entry.kpi;
    const kpi = shapes[id](...inputs);
    last.set(id, { inputs, kpi });
    return kpi;
  };
}
