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
