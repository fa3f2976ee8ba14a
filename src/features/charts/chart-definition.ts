/**
 * What a chart definition is, of each kind (time, category, breakdown). The definitions themselves
 * live in `investment-time-charts.ts`, `demographics-time-charts.ts`, `companies-time-charts.ts`,
 * `category-chart-definitions.ts` and `breakdown-chart-definitions.ts`; `chart-tables.ts` lists
 * each page's in order (drawn by `DefinedChart`) and the deck's, every definition with a `slide`.
 */
import type { ObservationFilter } from '@/domain/api';
import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import type { WorldBankIndicatorId } from '@/domain/world-bank';
import type { Locale } from '@/lib/locale';
import type { MessageDescriptor } from '@/lib/messages';
import type { CategoryChartModel, Shaped, TimeChartModel } from './chart-model';
import type { BreakdownNoun } from './to-breakdown';
import type { EventMarker } from './to-event-markers';

/** A chart in the presenter's deck too, under this title and subtitle (after the page's charts' order). */
export interface ChartSlide {
  id: string;
  title: MessageDescriptor;
  subtitle: MessageDescriptor;
}

/** What a defined chart asks for; chart-queries.ts turns it into queries under the view filters. */
export interface ChartSources {
  /** Stable: names the chart's region, its downloads and `?table=`. */
  id: string;
  title: MessageDescriptor;
  /** Arguments of the title's message, e.g. the country of one of a pair of charts. */
  titleValues?: Record<string, string>;
  /** National figures from our API: the year filter narrows them, zone and sector filters do not apply. */
  observations?: ObservationFilter;
  /** World Bank series over `worldBankSpan`, clipped to the year filter; one request per indicator. */
  worldBank?: { indicators: readonly WorldBankIndicatorId[]; countries: readonly ('PAK' | 'CHN')[] };
  /** The indicators of our API drawn, for "updated …, next expected …" (GET /meta). */
  indicators?: readonly string[];
  /** Named by the empty state: "No {empty} in the selected years…" (a noun phrase). */
  empty: MessageDescriptor;
  /** The empty state when the years are fine but nothing came back (default: the years text). */
  emptyAnswer?: MessageDescriptor;
}

export interface TimeChartDefinition extends ChartSources {
  kind: 'time';
  /** The line under the title; `span` is the period range drawn ("FY2016–FY2025"), null until loaded. */
  subtitle: (span: string | null, locale: Locale) => string;
  shape: (
    inputs: ChartInputs,
    markers: readonly EventMarker[],
    locale: Locale,
  ) => Shaped<TimeChartModel> | null;
  height?: number;
  slide?: ChartSlide;
}

/** Bars by category (census year, province, source) from our API's and the World Bank's figures. */
export interface CategoryChartDefinition extends ChartSources {
  kind: 'category';
  /** The line under the title, from the figures once they are in (null until then). */
  subtitle: (inputs: ChartInputs | null, shaped: Shaped<CategoryChartModel> | null, locale: Locale) => string;
  shape: (inputs: ChartInputs, locale: Locale) => Shaped<CategoryChartModel> | null;
  /** Not national figures (e.g. about SEDA alone): no note that zone and sector filters do not apply. */
  notNational?: true;
  slide?: ChartSlide;
}

/** Observations of one indicator by zone and sector, stacked by sector per zone (or per year). */
export interface ObservationSource {
  kind: 'observations';
  indicatorId: string;
  unit: IndicatorUnit;
  by: 'zone' | 'year';
  /** The table's value column. */
  valueHeader: MessageDescriptor;
  /** What is counted, for the summary. */
  noun: BreakdownNoun;
}

/** A zone's named companies (GET /companies), counted by sector; sector filters apply, zone filters cannot. */
export interface CompanySource {
  kind: 'companies';
  zoneId: string;
  /** Said while zone filters are active: they do not narrow this chart. */
  zoneScope: MessageDescriptor;
}

/** Zone × sector bars narrowed by every shared filter; legend keys and bars toggle the filters. */
export interface BreakdownChartDefinition {
  kind: 'breakdown';
  /** Stable: names the chart's region, its downloads and `?table=`. */
  id: string;
  title: MessageDescriptor;
  /** The line under the title; `{period}` is the year drawn by a by-zone breakdown, or "none". */
  subtitle: MessageDescriptor;
  source: ObservationSource | CompanySource;
  /** The empty state with no zone or sector filter (with one, the filters are named as the cause). */
  empty: MessageDescriptor;
  slide?: ChartSlide;
}

/** Any defined chart: pages and the deck hold lists of these, `DefinedChart` draws each by its `kind`. */
export type ChartDefinition = TimeChartDefinition | CategoryChartDefinition | BreakdownChartDefinition;

export interface ChartInputs {
  observations: readonly Observation[];
  /** Every requested World Bank indicator's observations, together. */
  worldBank: readonly Observation[];
}

/** A subtitle's `span` argument: the period range drawn, or `none` until it is known. */
export const spanArg = (span: string | null) => span || 'none';
