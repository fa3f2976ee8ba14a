/**
 * Column names shared by the chart tables, Explore's table and comparison, and every CSV: one
 * message each, so a column is named (and translated) alike wherever it appears. A column only
 * one table has keeps its message beside that table.
 */
import { defineMessages } from './messages';

export const columnMessages = defineMessages({
  year: { id: 'column.year', defaultMessage: 'Year', description: 'Table and CSV column header.' },
  fiscalYear: {
    id: 'column.fiscal-year',
    defaultMessage: 'Fiscal year',
    description: 'Table and CSV column header: Pakistan’s fiscal year (July–June).',
  },
  period: {
    id: 'column.period',
    defaultMessage: 'Period',
    description: 'Table and CSV column header: year, fiscal year or month, in words.',
  },
  series: {
    id: 'column.series',
    defaultMessage: 'Series',
    description: 'Table and CSV column header: which series of a chart a figure belongs to.',
  },
  place: { id: 'column.place', defaultMessage: 'Zone or place', description: 'Table and CSV column header.' },
  zone: { id: 'column.zone', defaultMessage: 'Zone', description: 'Table and CSV column header.' },
  sector: { id: 'column.sector', defaultMessage: 'Sector', description: 'Table and CSV column header.' },
  indicator: {
    id: 'column.indicator',
    defaultMessage: 'Indicator',
    description: 'Table and CSV column header: what is measured.',
  },
  value: {
    id: 'column.value',
    defaultMessage: 'Value',
    description: 'Table and CSV column header: the figure (in the CSV exact and unformatted).',
  },
  valueUsd: {
    id: 'column.value-usd',
    defaultMessage: 'Value (US dollars)',
    description: 'Table and CSV column header: an amount of money in US dollars.',
  },
  population: {
    id: 'column.population',
    defaultMessage: 'Population (persons)',
    description: 'Table and CSV column header: a number of people.',
  },
  unit: {
    id: 'column.unit',
    defaultMessage: 'Unit',
    description: 'Table and CSV column header (CSV cells keep codes: USD, PKR, CNY, persons, count, %).',
  },
  vintage: {
    id: 'column.vintage',
    defaultMessage: 'Vintage',
    description:
      'Table and CSV column header: first-reported or revised release of a figure (CSV cells keep the English codes).',
  },
  provenance: {
    id: 'column.provenance',
    defaultMessage: 'Provenance',
    description: 'Table and CSV column header: sourced, announcement, estimate or illustrative.',
  },
  source: { id: 'column.source', defaultMessage: 'Source', description: 'Table and CSV column header.' },
  sourceUrl: {
    id: 'column.source-url',
    defaultMessage: 'Source link',
    description: 'CSV column header: the address of the source.',
  },
  asOf: {
    id: 'column.as-of',
    defaultMessage: 'As of',
    description:
      'Table and CSV column header: the date the source gave the figure (in the CSV YYYY-MM-DD, as partial as the source).',
  },
  note: { id: 'column.note', defaultMessage: 'Note', description: 'CSV column header.' },
  method: {
    id: 'column.method',
    defaultMessage: 'Method',
    description: 'CSV column header: how an estimate or derived figure was made.',
  },
  copiedFrom: {
    id: 'column.copied-from',
    defaultMessage: 'Copied from',
    description: 'CSV column header: the public copy (mirror) a figure was taken from, when it was copied.',
  },
});
