import type { Note } from '@/components/note-runs';
import type { IndicatorUnit } from '@/domain/indicator';
import type { LocalNames } from '@/domain/local-names';
import type { Provenance } from '@/domain/provenance';

/** One figure as a card shows it: already formatted, with where it came from (and how, if derived). */
export interface Figure {
  /** Runs where part of it is in another language (a zone the data names only in English). */
  label: Note;
  display: string;
  provenance: Provenance;
}

export interface Delta {
  display: string;
  direction: 'up' | 'down' | 'flat';
  /** What the change is measured against, in the reader's words: "vs FY2024". */
  against: string;
  /** A change is derived: the weakest provenance of its two inputs, with how it was computed. */
  provenance: Provenance;
}

export interface Trend {
  label: string;
  unit: IndicatorUnit;
  points: { period: string; position: number; value: number }[];
  /** The weakest provenance among the points drawn, with what the line is made of. */
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

/** Names the KPI shaping may need from the zones list; absent while it loads or if it fails. */
export interface KpiContext {
  zones?: readonly {
    id: string;
    name: string;
    names?: LocalNames;
    shortName: string;
    dates: readonly { kind: string; date: string }[];
  }[];
}
