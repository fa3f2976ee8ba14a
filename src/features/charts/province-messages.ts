import { defineMessages } from '@/lib/messages';

/** The words of the census charts by province (to-provinces.ts). */
export const provinceMessages = defineMessages({
  province: {
    id: 'charts.provinces.name',
    defaultMessage:
      '{code, select, PB {Punjab} SD {Sindh} KP {Khyber Pakhtunkhwa} BA {Balochistan} IS {Islamabad (ICT)} TA {FATA (merged into KP, 2018)} GB {Gilgit-Baltistan} JK {Azad Jammu and Kashmir} other {{code}}}',
    description:
      'A province or territory of Pakistan by its ISO 3166-2 code (PK-PB …); FATA merged into Khyber Pakhtunkhwa in 2018.',
  },
  heading: {
    id: 'charts.provinces.heading',
    defaultMessage: '{province}, {year} census',
    description: 'Tooltip heading: a province and the census year.',
  },
  popSeries: {
    id: 'charts.provinces.population-series',
    defaultMessage: 'Population, {year} census',
    description: 'Legend key.',
  },
  urbanSeries: {
    id: 'charts.provinces.urban-series',
    defaultMessage: 'Urban share, {year} census',
    description: 'Legend key.',
  },
  colProvince: {
    id: 'charts.provinces.column-province',
    defaultMessage: 'Province or territory',
    description: 'Table header.',
  },
  colCensus: {
    id: 'charts.provinces.column-census',
    defaultMessage: 'Census',
    description: 'Table header: census year.',
  },
  colUrban: {
    id: 'charts.provinces.column-urban',
    defaultMessage: 'Urban share (%)',
    description: 'Table header.',
  },
  national: {
    id: 'charts.provinces.national',
    defaultMessage: 'Pakistan (national)',
    description: 'Table cell: the national figure beside the provinces.',
  },
  reference: {
    id: 'charts.provinces.reference',
    defaultMessage: 'Pakistan {value}',
    description: 'Label of the line across the chart at the national urban share; value is a percentage.',
  },
  popSummary: {
    id: 'charts.provinces.population-summary',
    defaultMessage:
      '{province} is by far the most populous province, with {value} people in the {year} census{hasShare, select, yes { (about {share} of the national count)} other {}}.',
    description: 'Summary; value is a number of people, share a percentage.',
  },
  urbanSummary: {
    id: 'charts.provinces.urban-summary',
    defaultMessage:
      '{top} is the most urban at {topValue} and {bottom} the least at {bottomValue}{hasNational, select, yes {, against {national} nationally ({year} census).} other { ({year} census).}}',
    description: 'Summary; top and bottom are provinces, the values percentages.',
  },
});
