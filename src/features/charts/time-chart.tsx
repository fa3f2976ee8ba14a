import {
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { memo } from 'react';
import { useLocale } from '@/components/language-provider';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import styles from './chart-svg.module.css';
import { PatternDefs } from '@/components/chart-marks';
import { formatAxisValue, type TimeChartModel } from './chart-model';
import { MarkerBadge } from './chart-marks-svg';
import { ChartTooltip } from './chart-tooltip';
import { patternSpecs } from './series-fill';
import { renderSeries } from './time-chart-series';
import { markerLevels } from './to-event-markers';

const axisTick = { fill: 'var(--chart-text)', fontSize: 12 };

interface TimeChartProps {
  model: TimeChartModel;
  /** Pattern id prefix, shared with the legend so exported keys match. */
  prefix: string;
  /** Read by screen readers as the chart's name. */
  label: string;
  height?: number;
}

export const DEFAULT_TIME_CHART_HEIGHT = 340;

/**
 * Lines, bars, areas and points on one numeric time axis, with cooperation milestones marked.
 * Memoised: the panel re-renders for its tabs, freshness and milestones' state, the chart only for
 * a new model. Series never animate (nothing moves on first paint).
 */
export const TimeChart = memo(function TimeChart({
  model,
  prefix,
  label,
  height = DEFAULT_TIME_CHART_HEIGHT,
}: TimeChartProps) {
  const reducedMotion = useReducedMotion();
  const locale = useLocale();
  // docs/i18n.md: time runs left to right in every language; in Urdu the value axis moves to the
  // right-hand side, where a right-to-left reader starts.
  const rtl = locale.dir === 'rtl';
  const tickLabels = new Map(model.ticks.map((t) => [t.position, t.label]));
  const levels = markerLevels(model.markers);
  const top = 16 + (model.markers.length ? 20 + Math.max(0, ...levels) * 20 : 0);
  return (
    <ResponsiveContainer width="100%" height={height} className={styles.chart}>
      <ComposedChart
        data={model.data}
        margin={{ top, right: rtl ? 4 : 16, bottom: 4, left: rtl ? 16 : 4 }}
        accessibilityLayer
        title={label}
      >
        <PatternDefs prefix={prefix} specs={patternSpecs(model.series)} />
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="x"
          type="number"
          domain={model.domain}
          ticks={model.ticks.map((t) => t.position)}
          tickFormatter={(v: number) => tickLabels.get(v) ?? ''}
          allowDataOverflow
          interval="preserveStartEnd"
          minTickGap={6}
          tick={axisTick}
          stroke="var(--chart-axis)"
        />
        <YAxis
          width={rtl ? 76 : 60}
          orientation={rtl ? 'right' : 'left'}
          tick={axisTick}
          stroke="var(--chart-axis)"
          tickFormatter={(v: number) => formatAxisValue(v, model.unit, locale)}
          // Bars and counts need a zero baseline; population lines zoom in so growth is visible.
          domain={model.percentOfWhole ? [0, 100] : model.zoomY ? ['auto', 'auto'] : [0, 'auto']}
          allowDecimals={model.unit === '%'}
          ticks={model.percentOfWhole ? [0, 25, 50, 75, 100] : undefined}
        />
        <Tooltip
          content={(props) => (
            <ChartTooltip active={props.active} payload={props.payload} series={model.series} />
          )}
          cursor={{ stroke: 'var(--chart-axis)', strokeWidth: 1, fill: 'var(--chart-cursor)' }}
          isAnimationActive={!reducedMotion}
        />
        {model.series.map((s) => renderSeries(s, model, prefix))}
        {model.markers.map((m, i) => (
          <ReferenceLine
            key={m.id}
            x={m.position}
            stroke="var(--chart-marker)"
            strokeDasharray="3 3"
            label={(props: { viewBox?: { x?: number; y?: number } }) => (
              <MarkerBadge
                x={props.viewBox?.x ?? 0}
                y={props.viewBox?.y ?? 0}
                mark={m.mark}
                level={levels[i] ?? 0}
              />
            )}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
});
