import type { ObservationFilter } from '@/domain/api';
import { worldBankSpan } from '@/domain/world-bank-span';
import type { WorldBankParams } from '@/lib/endpoints/world-bank';

export type KpiId =
  | 'population'
  | 'youth'
  | 'zones'
  | 'companies'
  | 'fdi-china'
  | 'ict-exports'
  | 'zone-investment'
  | 'seda-fortune500';

/**
 * The executive overview's cards: what each asks of the API. How each is shaped is in
 * kpi-definitions.ts, which the overview loads beside the data rather than in the first load.
 * Each card has its own queries, so one failing source breaks one card, not the page.
 */
export interface KpiCard {
  id: KpiId;
  title: string;
  /** The figures the card cannot do without. */
  observations: ObservationFilter;
  /** A World Bank series that adds context (estimate beside, sparkline); its failure degrades the card. */
  worldBank?: WorldBankParams;
}

const WB_YEARS = worldBankSpan;

export const kpiCards: readonly KpiCard[] = [
  {
    id: 'population',
    title: 'Pakistan population',
    observations: { indicators: ['population'], geos: ['PAK'] },
    worldBank: { indicator: 'SP.POP.TOTL', countries: ['PAK'], ...WB_YEARS },
  },
  {
    id: 'youth',
    title: 'Young people',
    observations: {
      indicators: ['share-age-0-14', 'share-age-under-30', 'young-share-claimed'],
      geos: ['PAK'],
    },
    worldBank: { indicator: 'SP.POP.0014.TO.ZS', countries: ['PAK'], ...WB_YEARS },
  },
  {
    id: 'zones',
    title: 'Special Technology Zones',
    observations: { indicators: ['stz-count'] },
  },
  {
    id: 'companies',
    title: 'Companies licensed in zones',
    observations: { indicators: ['licensed-enterprises', 'investor-eois'] },
  },
  {
    id: 'fdi-china',
    title: 'FDI from China',
    observations: { indicators: ['fdi-net-china', 'fdi-net-total'], geos: ['PAK'], vintage: 'all' },
  },
  {
    id: 'ict-exports',
    title: 'ICT exports',
    observations: { indicators: ['ict-exports'], geos: ['PAK'] },
  },
  {
    id: 'zone-investment',
    title: 'Investment in the zones',
    observations: { indicators: ['stz-developer-investment'] },
  },
  {
    id: 'seda-fortune500',
    title: 'SEDA on the Fortune lists',
    observations: { indicators: ['seda-fortune500'] },
  },
];
