/**
 * How a series is painted and keyed: its colour, its pattern, and the variants that mark a figure's
 * provenance on the chart itself (hatched = estimate, dotted = announcement, hollow marker).
 */
import { patternId, type PatternSpec } from '@/components/chart-marks';
import type { ChartLegendItem } from '@/components/chart-legend';
import type { ProvenanceKind } from '@/domain/provenance';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Datum, SeriesSpec } from './chart-model';
import { seriesPaint } from './palette';

const variantPattern = { estimate: 'diagonal', announcement: 'dots' } as const;
type Variant = keyof typeof variantPattern;
const isVariant = (kind: ProvenanceKind | undefined): kind is Variant =>
  kind === 'estimate' || kind === 'announcement';

const filled = (s: SeriesSpec) => s.type === 'bar' || s.type === 'area';

export function patternSpecs(series: readonly SeriesSpec[]): PatternSpec[] {
  return series.filter(filled).flatMap((s) => [
    ...(s.pattern && s.pattern !== 'solid'
      ? [{ key: s.key, colour: s.paint.css, base: s.paint.base, pattern: s.pattern }]
      : []),
    ...(['estimate', 'announcement'] as const).map((v) => ({
      key: `${s.key}-${v}`,
      colour: s.paint.css,
      base: s.paint.base,
      pattern: variantPattern[v],
    })),
  ]);
}

/**
 * Zone and sector series already wear their identity pattern, so their provenance cue is a dashed
 * outline instead of a second pattern that would contradict the legend.
 */
const outlined = (s: SeriesSpec) => s.filter !== undefined;

export function fillFor(prefix: string, s: SeriesSpec, kind?: ProvenanceKind): string {
  if (isVariant(kind) && !outlined(s)) return `url(#${patternId(prefix, `${s.key}-${kind}`)})`;
  if (s.pattern && s.pattern !== 'solid') return `url(#${patternId(prefix, s.key)})`;
  return s.paint.css;
}

/** The outline of a bar: dashed and dark when an identity-patterned figure is not plainly sourced. */
export function outlineFor(
  s: SeriesSpec,
  kind?: ProvenanceKind,
): { stroke: string; strokeDasharray?: string; strokeWidth?: number } {
  return isVariant(kind) && outlined(s)
    ? { stroke: 'var(--text)', strokeDasharray: '4 2', strokeWidth: 1.5 }
    : { stroke: 'var(--chart-outline)' };
}

const messages = defineMessages({
  outline: {
    id: 'charts.legend.dashed-outline',
    defaultMessage:
      '{kind, select, estimate {Dashed outline: estimate} other {Dashed outline: announcement}}',
    description:
      'Legend key: a bar outlined with dashes is an estimate (or stated only in the 2022 announcement).',
  },
  hatched: {
    id: 'charts.legend.hatched',
    defaultMessage: 'Hatched: estimate',
    description: 'Legend key: a hatched fill marks an estimate.',
  },
  dotted: {
    id: 'charts.legend.dotted',
    defaultMessage: 'Dotted: announcement',
    description: 'Legend key: a dotted fill marks a figure stated only in the 2022 announcement.',
  },
  hollow: {
    id: 'charts.legend.hollow',
    defaultMessage: 'Hollow marker: estimate',
    description: 'Legend key: a hollow point marks an estimate.',
  },
  firstReported: {
    id: 'charts.legend.first-reported',
    defaultMessage: 'Dashed tick: first reported, later revised',
    description: 'Legend key: a dashed line across a bar shows the figure first reported before a revision.',
  },
});

export interface LegendOptions {
  isActive?: (filter: NonNullable<SeriesSpec['filter']>) => boolean;
  onToggle?: (filter: NonNullable<SeriesSpec['filter']>) => void;
}

/** Legend keys: one per series, then one per provenance cue the chart actually uses. */
export function legendItems(
  series: readonly SeriesSpec[],
  data: readonly Datum[],
  prefix: string,
  locale: Locale,
  { isActive, onToggle }: LegendOptions = {},
): ChartLegendItem[] {
  const items: ChartLegendItem[] = series.map((s) => ({
    key: s.key,
    label: s.label,
    colour: s.paint.css,
    base: s.paint.base,
    ...(filled(s)
      ? {
          pattern: s.pattern ?? 'solid',
          ...(s.pattern && s.pattern !== 'solid' && { exportPatternId: patternId(prefix, s.key) }),
        }
      : { marker: s.marker ?? 'circle', ...(s.type === 'line' && { line: s.dashed ? 'dashed' : 'solid' }) }),
    ...(s.filter &&
      onToggle && {
        onToggle: () => onToggle(s.filter!),
        pressed: isActive?.(s.filter) ?? false,
      }),
  }));
  const used = (test: (s: SeriesSpec, d: Datum) => boolean) =>
    series.some((s) => data.some((d) => test(s, d)));
  const neutral = seriesPaint.total;
  for (const kind of ['estimate', 'announcement'] as const)
    if (used((s, d) => filled(s) && outlined(s) && d.kinds[s.key] === kind))
      items.push({
        key: `outline-${kind}`,
        label: locale.format(messages.outline, { kind }),
        colour: 'var(--text)',
        line: 'dashed',
      });
  if (used((s, d) => filled(s) && !outlined(s) && d.kinds[s.key] === 'estimate'))
    items.push({
      key: 'kind-estimate',
      label: locale.format(messages.hatched),
      colour: neutral.css,
      base: neutral.base,
      pattern: 'diagonal',
    });
  if (used((s, d) => filled(s) && !outlined(s) && d.kinds[s.key] === 'announcement'))
    items.push({
      key: 'kind-announcement',
      label: locale.format(messages.dotted),
      colour: neutral.css,
      base: neutral.base,
      pattern: 'dots',
    });
  if (used((s, d) => !filled(s) && isVariant(d.kinds[s.key])))
    items.push({
      key: 'kind-hollow',
      label: locale.format(messages.hollow),
      colour: neutral.css,
      marker: 'circle',
      hollow: true,
    });
  if (used((s, d) => d.firstReported?.[s.key] !== undefined))
    items.push({
      key: 'first-reported',
      label: locale.format(messages.firstReported),
      colour: 'var(--text)',
      line: 'dashed',
    });
  return items;
}
