import type { ObservationFilter } from '@/domain/api';
import { worldBankSpan } from '@/domain/world-bank-span';
import type { WorldBankParams } from '@/lib/endpoints/world-bank';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';

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
  title: MessageDescriptor;
  /** The figures the card cannot do without. */
  observations: ObservationFilter;
  /** A World Bank series that adds context (estimate beside, sparkline); its failure degrades the card. */
  worldBank?: WorldBankParams;
}

const titles = defineMessages({
  population: {
    id: 'overview.kpi.population-title',
    defaultMessage: 'Pakistan population',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  youth: {
    id: 'overview.kpi.youth-title',
    defaultMessage: 'Young people',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  zones: {
    id: 'overview.kpi.zones-title',
    defaultMessage: 'Special Technology Zones',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  companies: {
    id: 'overview.kpi.companies-title',
    defaultMessage: 'Companies licensed in zones',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  fdiChina: {
    id: 'overview.kpi.fdi-china-title',
    defaultMessage: 'FDI from China',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  ictExports: {
    id: 'overview.kpi.ict-exports-title',
    defaultMessage: 'ICT exports',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  zoneInvestment: {
    id: 'overview.kpi.zone-investment-title',
    defaultMessage: 'Investment in the zones',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
  sedaFortune500: {
    id: 'overview.kpi.seda-fortune500-title',
    defaultMessage: 'SEDA on the Fortune lists',
    description: 'KPI card title (also a slide card and the PowerPoint export).',
  },
});

const WB_YEARS = worldBankSpan;

export const kpiCards: readonly KpiCard[] = [
  {
    id: 'population',
    title: titles.population,
    observations: { indicators: ['population'], geos: ['PAK'] },
    worldBank: { indicator: 'SP.POP.TOTL', countries: ['PAK'], ...WB_YEARS },
  },
  {
    id: 'youth',
    title: titles.youth,
    observations: {
      indicators: ['share-age-0-14', 'share-age-under-30', 'young-share-claimed'],
      geos: ['PAK'],
    },
    worldBank: { indicator: 'SP.POP.0014.TO.ZS', countries: ['PAK'], ...WB_YEARS },
  },
  {
    id: 'zones',
    title: titles.zones,
    observations: { indicators: ['stz-count'] },
  },
  {
    id: 'companies',
    title: titles.companies,
    observations: { indicators: ['licensed-enterprises', 'investor-eois'] },
  },
  {
    id: 'fdi-china',
    title: titles.fdiChina,
    observations: { indicators: ['fdi-net-china', 'fdi-net-total'], geos: ['PAK'], vintage: 'all' },
  },
  {
    id: 'ict-exports',
    title: titles.ictExports,
    observations: { indicators: ['ict-exports'], geos: ['PAK'] },
  },
  {
    id: 'zone-investment',
    title: titles.zoneInvestment,
    observations: { indicators: ['stz-developer-investment'] },
  },
  {
    id: 'seda-fortune500',
    title: titles.sedaFortune500,
    observations: { indicators: ['seda-fortune500'] },
  },
];
