import { worldBankSpan } from '@/domain/world-bank';
import type { ObservationFilter } from '@/domain/api';
import type { Observation } from '@/domain/observation';
import type { WorldBankParams } from '@/lib/endpoints/world-bank';
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

/**
 * The executive overview's cards: what each asks of the API and how it is shaped.
 * Each card has its own queries, so one failing source breaks one card, not the page.
 */
export interface KpiDefinition {
  id: string;
  title: string;
  /** The figures the card cannot do without. */
  observations: ObservationFilter;
  /** A World Bank series that adds context (estimate beside, sparkline); its failure degrades the card. */
  worldBank?: WorldBankParams;
  shape: (
    observations: readonly Observation[],
    worldBank: readonly Observation[] | undefined,
    context: KpiContext,
  ) => Kpi | null;
}

const WB_YEARS = worldBankSpan;

export const kpiDefinitions: readonly KpiDefinition[] = [
  {
    id: 'population',
    title: 'Pakistan population',
    observations: { indicators: ['population'], geos: ['PAK'] },
    worldBank: { indicator: 'SP.POP.TOTL', countries: ['PAK'], ...WB_YEARS },
    shape: toPopulationKpi,
  },
  {
    id: 'youth',
    title: 'Young people',
    observations: {
      indicators: ['share-age-0-14', 'share-age-under-30', 'young-share-claimed'],
      geos: ['PAK'],
    },
    worldBank: { indicator: 'SP.POP.0014.TO.ZS', countries: ['PAK'], ...WB_YEARS },
    shape: toYouthKpi,
  },
  {
    id: 'zones',
    title: 'Special Technology Zones',
    observations: { indicators: ['stz-count'] },
    shape: (observations) => toZoneCountKpi(observations),
  },
  {
    id: 'companies',
    title: 'Companies licensed in zones',
    observations: { indicators: ['licensed-enterprises', 'investor-eois'] },
    shape: (observations, _wb, context) => toCompaniesKpi(observations, context),
  },
  {
    id: 'fdi-china',
    title: 'FDI from China',
    observations: { indicators: ['fdi-net-china', 'fdi-net-total'], geos: ['PAK'], vintage: 'all' },
    shape: (observations) => toChinaFdiKpi(observations),
  },
  {
    id: 'ict-exports',
    title: 'ICT exports',
    observations: { indicators: ['ict-exports'], geos: ['PAK'] },
    shape: (observations) => toIctExportsKpi(observations),
  },
  {
    id: 'zone-investment',
    title: 'Investment in the zones',
    observations: { indicators: ['stz-developer-investment'] },
    shape: (observations, _wb, context) => toZoneInvestmentKpi(observations, context),
  },
  {
    id: 'seda-fortune500',
    title: 'SEDA on the Fortune lists',
    observations: { indicators: ['seda-fortune500'] },
    shape: (observations) => toFortune500Kpi(observations),
  },
];
