/** Render-ready models: what the to-*.ts shaping functions return and the chart components draw. */
import type { SectorPattern } from '@/domain/colours';
import type { IndicatorUnit } from '@/domain/indicator';
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import type { MarkerShape } from '@/components/chart-marks';
import type { FigureTable } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import type { Paint } from './palette';
import type { AxisTick, Domain } from './time-axis';
import type { EventMarker } from './to-event-markers';

export interface SeriesSpec {
  key: string;
  label: string;
  paint: Paint;
  type: 'line' | 'bar' | 'area' | 'dots';
  marker?: MarkerShape;
  dashed?: boolean;
  /** A fill pattern on top of the colour (sectors, derived bands). */
  pattern?: SectorPattern;
  stackId?: string;
  /** What a click on this series (a bar segment, a legend key) filters by. */
  filter?: { kind: 'zone' | 'sector'; id: string };
}

export interface Datum {
  key: string;
  /** Numeric position on time charts; the category's label on category charts. */
  x: number | string;
  /** The tooltip's heading: "FY2024 (Jul 2023–Jun 2024)". */
  heading: string;
  values: Record<string, number>;
  display: Record<string, string>;
  kinds: Record<string, ProvenanceKind>;
  /** Text drawn at a series' bar or point, e.g. China's share above its bar. */
  labels?: Record<string, string>;
  /** An earlier figure for the same period, drawn as a dashed tick across the revised bar. */
  firstReported?: Record<string, { value: number; display: string }>;
  /** Category charts: what a click on the category's axis label filters by. */
  filter?: { kind: 'zone' | 'sector'; id: string };
  /** Category charts: a second line under the category's name, e.g. its total. */
  caption?: string;
  /** The caption's language when it is not the page's: a source's title stays as published. */
  captionLang?: 'en';
}

export interface TimeChartModel {
  unit: IndicatorUnit;
  series: SeriesSpec[];
  data: Datum[];
  domain: Domain;
  ticks: AxisTick[];
  markers: EventMarker[];
  /** Stacked shares of a whole: the y axis runs 0–100 %. */
  percentOfWhole?: boolean;
  /** Lines of large, slowly changing totals (population) may leave out zero; all else starts at it. */
  zoomY?: boolean;
}

export interface CategoryChartModel {
  unit: IndicatorUnit;
  series: SeriesSpec[];
  data: Datum[];
  /** Long names read best as horizontal bars; years as columns. */
  layout: 'bars' | 'columns';
  stacked: boolean;
  /** A reference value drawn across the chart, e.g. the national urban share. */
  reference?: { value: number; label: string };
}

export interface Shaped<M> {
  model: M;
  table: FigureTable;
  provenances: Provenance[];
  summary: string;
}

/**
 * Axis ticks and bar labels: short, in the press's style ("$1.5bn", "240m", "40%") in English's
 * international style; in any other language or number style the locale's compact form
 * ("2.4亿", "24 کروڑ", "US$12亿").
 */
export function formatAxisValue(value: number, unit: IndicatorUnit, locale: Locale, digits = 3): string {
  if (locale.numberStyle !== 'international' || (locale.lang !== 'en' && locale.lang !== 'en-XA'))
    return locale.value(value, unit);
  if (unit === '%' || unit === '% per year') return `${Number(value.toFixed(1))}%`;
  const symbol = { USD: '$', PKR: 'Rs', CNY: '¥', persons: '', count: '' }[unit];
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const [scaled, suffix] =
    abs >= 1e9
      ? [abs / 1e9, 'bn']
      : abs >= 1e6
        ? [abs / 1e6, 'm']
        : abs >= 1e4
          ? [abs / 1e3, 'k']
          : [abs, ''];
  // Three decimals at most: 1.425bn must not round to a neighbouring tick's 1.43bn.
  return `${sign}${symbol}${Number(scaled.toFixed(digits))}${suffix}`;
}
