import type { IndicatorUnit } from '@/domain/indicator';
import type { Provenance } from '@/domain/provenance';

/** One figure as a card shows it: already formatted, with where it came from. */
export interface Figure {
  label: string;
  display: string;
  provenance: Provenance;
}

export interface Delta {
  display: string;
  direction: 'up' | 'down' | 'flat';
  /** What the change is measured against, in words: "vs FY2024". */
  against: string;
}

export interface Trend {
  label: string;
  unit: IndicatorUnit;
  points: { period: string; position: number; value: number }[];
  provenance: Provenance;
}

export interface Kpi {
  headline: Figure;
  delta: Delta | null;
  /** Said instead of a delta where a change cannot honestly be computed. */
  deltaNote?: string;
  beside: Figure[];
  trend: Trend | null;
}
