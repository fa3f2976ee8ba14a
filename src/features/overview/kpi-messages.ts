/** The words of the KPI cards' figures (the `to-*-kpis.ts` shaping): labels, comparisons, notes, trend names. */
import { defineMessages } from '@/lib/messages';

export const kpiMessages = defineMessages({
  census: {
    id: 'overview.population.census',
    defaultMessage: '{period} census',
    description: 'Label under the population figure; period is a census year ("2023").',
  },
  vsCensus: {
    id: 'overview.population.vs-census',
    defaultMessage: 'vs {period} census',
    description: 'What a change is measured against: an earlier census year ("vs 2017 census").',
  },
  wbEstimate: {
    id: 'overview.population.wb-estimate',
    defaultMessage: 'World Bank estimate, {period}',
    description: 'A figure beside the census: the World Bank’s estimate for a year.',
  },
  wbTrend: {
    id: 'overview.population.wb-trend',
    defaultMessage: 'World Bank population estimate',
    description: 'Name of the population sparkline.',
  },
  under15: {
    id: 'overview.youth.under-15',
    defaultMessage: 'aged under 15, {period} census',
    description: 'Label under the share of people aged under 15; period is a census year.',
  },
  claimedYoung: {
    id: 'overview.youth.claimed',
    defaultMessage: '“young”, as claimed in the {period} announcement',
    description: 'The 2022 announcement’s share of “young” people, quoted, not checked.',
  },
  under30: {
    id: 'overview.youth.under-30',
    defaultMessage: 'aged under 30, UNDP {period} (the claim’s likely origin)',
    description: 'UNDP’s share aged under 30, probably where the announcement’s figure came from.',
  },
  youthTrend: {
    id: 'overview.youth.wb-trend',
    defaultMessage: 'World Bank share aged 0–14',
    description: 'Name of the youth sparkline.',
  },
  zoneCount: {
    id: 'overview.zones.count-label',
    defaultMessage:
      '{definition, select, rolled {zones rolled out (STZA)} notified {existing plus newly notified zones (STZA)} cited {zones cited by the IT Ministry (counting unclear)} none {zones} other {{text}}}, {period}',
    description:
      'What a count of Special Technology Zones counts, then when. definition names the known ways sources count; text is a source’s own words for any other.',
  },
  vs: {
    id: 'overview.delta.vs',
    defaultMessage: 'vs {period}',
    description: 'What a change is measured against: an earlier period ("vs Jun 2022", "vs FY2024").',
  },
  vsVintage: {
    id: 'overview.delta.vs-vintage',
    defaultMessage: 'vs {period} ({vintage, select, revised {revised} other {first reported}})',
    description: 'What a change is measured against, with which release of the earlier figure.',
  },
  zoneCountDiffer: {
    id: 'overview.zones.differ',
    defaultMessage: 'No change shown: the sources count differently.',
    description: 'Said instead of a change when the zone counts use different definitions.',
  },
  zoneTrend: {
    id: 'overview.zones.trend',
    defaultMessage: 'Zones reported at each date',
    description: 'Name of the zone-count sparkline.',
  },
  fortuneClaimed: {
    id: 'overview.fortune.claimed',
    defaultMessage:
      '“{list, select, global {Fortune Global 500} us {Fortune 500} other {{text}}}” companies, as claimed in {period}',
    description:
      'A count of listed companies as an announcement claimed it; list is the list named (Fortune Global 500 or Fortune 500).',
  },
  fortuneReported: {
    id: 'overview.fortune.reported',
    defaultMessage:
      '{list, select, global {Fortune Global 500} us {Fortune 500} other {{text}}} companies, reported in {period}',
    description: 'A count of listed companies as a source reported it.',
  },
  fortuneDiffer: {
    id: 'overview.fortune.differ',
    defaultMessage: 'Sources disagree and count different lists; the gap is not a trend.',
    description: 'Said instead of a change when the Fortune counts come from different lists.',
  },
  fdiShare: {
    id: 'overview.fdi.share',
    defaultMessage: 'of all net FDI in {period}',
    description:
      'Label after China’s share of all net foreign direct investment ("49.94% of all net FDI in FY2025").',
  },
  fdiShareMethod: {
    id: 'overview.fdi.share-method',
    defaultMessage: 'Computed by the dashboard: {china} ÷ all countries {total}, both from the same report.',
    description: 'How China’s share was computed; china and total are described inputs.',
  },
  fdiRevision: {
    id: 'overview.fdi.revision',
    defaultMessage:
      '{period} as {vintage, select, revised {revised} first {first reported} other {reported}}{date, select, none {} other { ({date})}}; {later, select, revised {revised} first {first reported} other {later}} {value}',
    description:
      'An earlier release of last year’s FDI figure, beside the card: "FY2024 as first reported (20 Jul 2024); revised $643m". date is "none" when the source gave none.',
  },
  fdiTrend: {
    id: 'overview.fdi.trend',
    defaultMessage: 'Net FDI from China by fiscal year',
    description: 'Name of the FDI sparkline.',
  },
  ictTrend: {
    id: 'overview.ict.trend',
    defaultMessage: 'ICT export remittances by fiscal year',
    description: 'Name of the ICT exports sparkline.',
  },
  licensedBy: {
    id: 'overview.companies.licensed-by',
    defaultMessage: 'licensed by {period}',
    description: 'Label under the number of companies licensed in the zones by a month.',
  },
  noLaterCount: {
    id: 'overview.companies.no-later',
    defaultMessage: 'No later public count.',
    description: 'Said instead of a change: no later count of licensed companies is public.',
  },
  eois: {
    id: 'overview.companies.eois',
    defaultMessage: 'investor EOIs, {zone}, {period}',
    description: 'Investors’ expressions of interest (EOIs) in one zone; zone is its name.',
  },
  oneZone: {
    id: 'overview.zone.unnamed',
    defaultMessage: 'one zone',
    description: 'Stands for a zone’s name while the zones list is not loaded.',
  },
  invested: {
    id: 'overview.investment.invested',
    defaultMessage:
      'invested by the developers of {count, plural, =0 {the zones} one {the # zone} other {the # zones}} notified in {period}',
    description:
      'Label under the developers’ investment; count is how many zones were notified then (0: unknown).',
  },
  noEarlierTotal: {
    id: 'overview.investment.no-earlier',
    defaultMessage: 'No earlier total for the same zones.',
    description: 'Said instead of a change for the zone investment total.',
  },
  projectCost: {
    id: 'overview.investment.project-cost',
    defaultMessage: 'project cost, {zone}, {period}',
    description: 'One zone’s project cost beside the total; zone is its name.',
  },
});
