/** Helpers shared by the to-*.ts shaping functions: table rows and data points. */
import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import type { Datum } from './chart-model';

/** A table row for one figure: dimensions as given, the value raw for CSV and exact on screen. */
export function figureRow(
  id: string,
  figure: { value: number; provenance: Provenance; qualifier?: Observation['qualifier'] },
  unit: IndicatorUnit,
  dims: Record<string, string>,
  locale: Locale,
): FigureRow {
  return {
    id,
    values: { ...dims, value: figure.value },
    display: {
      // The period reads in the reader's language on screen; the CSV keeps its id ("FY2025").
      ...(dims.period !== undefined && { period: locale.period(dims.period) }),
      value: locale.value(figure.value, unit, { compact: false, qualifier: figure.qualifier ?? null }),
    },
    provenance: figure.provenance,
  };
}

/** Sets one series' value on a datum, with its compact display and provenance kind. */
export function setValue(
  datum: Datum,
  key: string,
  figure: { value: number; provenance: Provenance; qualifier?: Observation['qualifier'] },
  unit: IndicatorUnit,
  locale: Locale,
): void {
  datum.values[key] = figure.value;
  datum.display[key] = locale.value(figure.value, unit, { qualifier: figure.qualifier ?? null });
  datum.kinds[key] = figure.provenance.kind;
}

export const emptyDatum = (key: string, x: number | string, heading: string): Datum => ({
  key,
  x,
  heading,
  values: {},
  display: {},
  kinds: {},
});

/** Groups data points by key, creating each on first use, in first-seen order. */
export function datumMap(): {
  get: (key: string, x: number | string, heading: string) => Datum;
  all: () => Datum[];
} {
  const map = new Map<string, Datum>();
  return {
    get: (key, x, heading) => {
      let d = map.get(key);
      if (!d) {
        d = emptyDatum(key, x, heading);
        map.set(key, d);
      }
      return d;
    },
    all: () => [...map.values()],
  };
}
