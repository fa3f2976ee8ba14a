/**
 * The illustrative zone × sector breakdowns and SEDA's named companies, one definition each, drawn
 * by `DefinedBreakdownChart`: every shared filter narrows them, and their legend keys and bars
 * toggle the zone and sector filters. Adding one is an entry here (and a shaping function if the
 * existing ones do not fit).
 */
import { defineMessages } from '@/lib/messages';
import type { BreakdownChartDefinition } from './chart-definition';

const m = defineMessages({
  companiesTitle: {
    id: 'charts.breakdown.companies-title',
    defaultMessage: 'Companies by zone and sector (illustrative)',
    description:
      'Chart title; illustrative = made by the dashboard’s documented generator, not real figures.',
  },
  companiesSubtitle: {
    id: 'charts.breakdown.companies-subtitle',
    defaultMessage:
      "Number of companies: an illustrative split of STZA's one sourced national count (Aug 2022){period, select, none {} other { ({period} figures)}}",
    description: 'Chart subtitle; period is the year drawn or none.',
  },
  companiesHeader: {
    id: 'charts.breakdown.companies-value',
    defaultMessage: 'Companies (illustrative)',
    description: 'Table header of the value column.',
  },
  investmentTitle: {
    id: 'charts.breakdown.investment-title',
    defaultMessage: "Zone developers' investment by zone and sector (illustrative)",
    description: 'Chart title.',
  },
  investmentSubtitle: {
    id: 'charts.breakdown.investment-subtitle',
    defaultMessage:
      "Pakistani rupees: an illustrative split of the zone developers' one sourced total{period, select, none {} other { ({period} figures)}}",
    description: 'Chart subtitle; period is the year drawn or none.',
  },
  investmentHeader: {
    id: 'charts.breakdown.investment-value',
    defaultMessage: 'Investment (PKR, illustrative)',
    description: 'Table header of the value column.',
  },
  yearsEmpty: {
    id: 'charts.breakdown.empty',
    defaultMessage: 'No illustrative figures in the selected years.',
    description: 'Empty state of an illustrative breakdown narrowed by the year filter.',
  },
  sedaTitle: {
    id: 'charts.seda.companies-title',
    defaultMessage: 'Companies named at SEDA, by sector',
    description: 'Chart title (SEDA: Shenyang Economic and Technological Development Zone).',
  },
  sedaSubtitle: {
    id: 'charts.seda.companies-subtitle',
    defaultMessage: 'Number of companies named, Shenyang Economic and Technological Development Zone',
    description: 'Chart subtitle.',
  },
  sedaEmpty: {
    id: 'charts.seda.companies-empty',
    defaultMessage: 'No named SEDA companies in the selected sectors.',
    description: 'Empty state.',
  },
  sedaScope: {
    id: 'charts.seda.companies-scope',
    defaultMessage: 'About SEDA only; the zone filter does not apply here.',
    description: 'Said above the chart while a zone filter is active.',
  },
});

export const companiesByZoneChart: BreakdownChartDefinition = {
  kind: 'breakdown',
  id: 'companies-by-zone',
  title: m.companiesTitle,
  subtitle: m.companiesSubtitle,
  source: {
    kind: 'observations',
    indicatorId: 'zone-companies',
    unit: 'count',
    by: 'zone',
    valueHeader: m.companiesHeader,
    noun: 'companies',
  },
  empty: m.yearsEmpty,
  // The title and subtitle say "illustrative", on the slide and in the exported pack as on the page.
  slide: { id: 'chart-companies-by-zone', title: m.companiesTitle, subtitle: m.companiesSubtitle },
};

export const zoneInvestmentChart: BreakdownChartDefinition = {
  kind: 'breakdown',
  id: 'zone-investment',
  title: m.investmentTitle,
  subtitle: m.investmentSubtitle,
  source: {
    kind: 'observations',
    indicatorId: 'zone-investment',
    unit: 'PKR',
    by: 'zone',
    valueHeader: m.investmentHeader,
    noun: 'none',
  },
  empty: m.yearsEmpty,
};

export const sedaCompaniesChart: BreakdownChartDefinition = {
  kind: 'breakdown',
  id: 'seda-companies',
  title: m.sedaTitle,
  subtitle: m.sedaSubtitle,
  source: { kind: 'companies', zoneId: 'cn-seda', zoneScope: m.sedaScope },
  empty: m.sedaEmpty,
};
