import type { Observation } from '@/domain/observation';
import { kpiCards, type KpiCard, type KpiId } from './kpi-cards';
import type { Kpi, KpiContext } from './kpi-model';
import {
  toChinaFdiKpi,
  toCompaniesKpi,
  toFortune500Kpi,
  toIctExportsKpi,
  toPopulationKpi,
  toYouthKpi,
  toZoneCountKpi,
  toZoneInvestmentKpi,
} from './to-kpis';

/** A card (kpi-cards.ts) with how its figures are shaped. */
export interface KpiDefinition extends KpiCard {
  shape: (
    observations: readonly Observation[],
    worldBank: readonly Observation[] | undefined,
    context: KpiContext,
  ) => Kpi | null;
}

const shapes: Record<KpiId, KpiDefinition['shape']> = {
  population: toPopulationKpi,
  youth: toYouthKpi,
  zones: (observations) => toZoneCountKpi(observations),
  companies: (observations, _wb, context) => toCompaniesKpi(observations, context),
  'fdi-china': (observations) => toChinaFdiKpi(observations),
  'ict-exports': (observations) => toIctExportsKpi(observations),
  'zone-investment': (observations, _wb, context) => toZoneInvestmentKpi(observations, context),
  'seda-fortune500': (observations) => toFortune500Kpi(observations),
};

export const kpiShape = (id: KpiId): KpiDefinition['shape'] => shapes[id];

export const kpiDefinitions: readonly KpiDefinition[] = kpiCards.map((card) => ({
  ...card,
  shape: shapes[card.id],
}));
