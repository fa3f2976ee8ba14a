/** The parts of a KPI card every shaping function shares: a figure, a derived change, a sparkline. */
import type { Note } from '@/components/note-runs';
import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import { derivedProvenance, withOwnMethod, type Provenance } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Delta, Figure, Trend } from './kpi-model';

const messages = defineMessages({
  described: {
    id: 'overview.method.input',
    defaultMessage:
      '{value} ({period}{vintage, select, revised {, revised} first {, first reported} other {}}{kind, select, announcement {, announcement} estimate {, estimate} illustrative {, illustrative} other {}})',
    description:
      'One input of a computed figure, inside a method sentence: "$1.23bn (FY2025, revised, estimate)". value and period are formatted; vintage and kind add words only when they apply.',
  },
  ratio: {
    id: 'overview.method.ratio',
    defaultMessage: 'Computed by the dashboard: {current} ÷ {prior} − 1.',
    description: 'How a percentage change was computed; current and prior are described inputs.',
  },
  difference: {
    id: 'overview.method.difference',
    defaultMessage: 'Computed by the dashboard: {current} − {prior}.',
    description: 'How a change was computed; current and prior are described inputs.',
  },
  trend: {
    id: 'overview.method.trend',
    defaultMessage:
      'Drawn by the dashboard from {count, plural, one {# figure} other {# figures}} ({from}–{to}) in {sources, plural, one {# source} other {# sources}}, the latest vintage of each; the line joins them and adds nothing.',
    description: 'How a KPI sparkline was made; from and to are periods ("2022", "FY2025").',
  },
});

export const figure = (o: Observation, unit: IndicatorUnit, label: Note, locale: Locale): Figure => ({
  label,
  display: locale.value(o.value, unit, { qualifier: o.qualifier }),
  provenance: o.provenance,
});

const vintageKey = (o: Observation) =>
  o.vintage === 'revised' ? 'revised' : o.vintage === 'first-reported' ? 'first' : 'none';

/** One input of a computed figure as a method sentence names it: "$3.8bn (FY2025, estimate)". */
export const described = (o: Observation, unit: IndicatorUnit, locale: Locale) =>
  locale.format(messages.described, {
    value: locale.value(o.value, unit),
    period: locale.period(o.period),
    vintage: vintageKey(o),
    kind: o.provenance.kind,
  });

function direction(change: number): Delta['direction'] {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

export function percentDelta(
  current: Observation,
  prior: Observation | undefined,
  against: string,
  unit: IndicatorUnit,
  locale: Locale,
): Delta | null {
  if (!prior || prior.value === 0) return null;
  const ratio = current.value / prior.value - 1;
  return {
    display: locale.percentChange(ratio),
    direction: direction(ratio),
    against,
    provenance: derivedProvenance([current.provenance, prior.provenance], {
      text: locale.format(messages.ratio, {
        current: described(current, unit, locale),
        prior: described(prior, unit, locale),
      }),
      lang: locale.lang,
    }),
  };
}

export function absoluteDelta(
  current: Observation,
  prior: Observation | undefined,
  unit: IndicatorUnit,
  against: string,
  locale: Locale,
): Delta | null {
  if (!prior) return null;
  const change = current.value - prior.value;
  return {
    display: locale.signed(change, unit),
    direction: direction(change),
    against,
    provenance: derivedProvenance([current.provenance, prior.provenance], {
      text: locale.format(messages.difference, {
        current: described(current, unit, locale),
        prior: described(prior, unit, locale),
      }),
      lang: locale.lang,
    }),
  };
}

/** A sparkline is drawn from its figures: it carries the weakest of their provenances. */
export function toTrend(
  series: readonly Observation[],
  unit: IndicatorUnit,
  label: string,
  locale: Locale,
): Trend | null {
  const first = series[0];
  const last = series.at(-1);
  if (series.length < 2 || !first || !last) return null;
  const strength = (p: Provenance) => provenanceKinds.indexOf(p.kind);
  const weakest = series.reduce(
    (w, o) => (strength(o.provenance) > strength(w) ? o.provenance : w),
    first.provenance,
  );
  return {
    label,
    unit,
    points: series.map((o) => ({ period: o.period, position: periodPosition(o.period), value: o.value })),
    provenance: withOwnMethod(weakest, {
      text: locale.format(messages.trend, {
        count: series.length,
        from: locale.period(first.period),
        to: locale.period(last.period),
        sources: new Set(series.map((o) => o.provenance.source)).size,
      }),
      lang: locale.lang,
    }),
  };
}
