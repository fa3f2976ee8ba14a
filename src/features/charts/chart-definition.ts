/**
 * What a chart definition is. The definitions themselves live with their page
 * (`investment-time-charts.ts`, `demographics-time-charts.ts`, `companies-time-charts.ts`,
 * `category-chart-definitions.ts`, `breakdown-chart-definitions.ts`); the charts pages draw them
 * with `DefinedTimeChart` and friends, and time charts with a `slide` are in the deck too.
 */
import type { ObservationFilter } from '@/domain/api';
import type { Observation } from '@/domain/observation';
import type { WorldBankIndicatorId } from '@/domain/world-bank';
import type { Locale } from '@/lib/locale';
import type { MessageDescriptor } from '@/lib/messages';
import type { Shaped, TimeChartModel } from './chart-model';
import type { EventMarker } from './to-event-markers';

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
  /** The line under the title; `span` is the period range drawn ("FY2016–FY2025"), null until loaded. */
  subtitle: (span: string | null, locale: Locale) => string;
  shape: (
    inputs: ChartInputs,
    markers: readonly EventMarker[],
    locale: Locale,
  ) => Shaped<TimeChartModel> | null;
  height?: number;
  /** Shown in the presenter's deck too, under this title and subtitle. */
  slide?: { id: string; title: MessageDescriptor; subtitle: MessageDescriptor };
}

export interface ChartInputs {
  observations: readonly Observation[];
  /** Every requested World Bank indicator's observations, together. */
  worldBank: readonly Observation[];
}

/** A subtitle's `span` argument: the period range drawn, or `none` until it is known. */
export const spanArg = (span: string | null) => span || 'none';
