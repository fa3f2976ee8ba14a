import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from '@/components/chart-legend';
import { markerPath } from '@/components/chart-marks';
import { useLocale } from '@/components/language-provider';
import { colourOfZone } from '@/domain/colours';
import type { IndicatorUnit } from '@/domain/indicator';
import { defineMessages } from '@/lib/messages';

/** Line styles and marker shapes so zones differ by more than colour; the legend draws the same. */
const lines = ['solid', 'dashed', 'dotted', 'solid'] as const;
const dashOf = { solid: undefined, dashed: '5 3', dotted: '2 2' } as const;
const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

const messages = defineMessages({
  index: {
    id: 'explore.compare-chart.index-axis',
    defaultMessage: 'Index',
    description: 'Value axis title when series are indexed to 100 in a base year.',
  },
  legend: {
    id: 'explore.compare-chart.legend',
    defaultMessage: 'Zones in the chart',
    description: 'Name of the chart legend for screen readers.',
  },
});

export interface CompareChartProps {
  points: ({ period: string } & Record<string, number | null | string>)[];
  zones: { id: string; name: string }[];
  indexed: boolean;
  /** The raw series' unit, for its ticks and tooltip; indexed series are plain numbers. */
  unit: IndicatorUnit;
  label: string;
}

/**
 * Render-only: lines per zone over periods, raw or indexed to 100 in the base year. In Urdu the time
 * axis still runs left to right and the value axis moves to the right, where the reader starts
 * (docs/i18n.md, right-to-left plan).
 */
export function CompareChart({ points, zones, indexed, unit, label }: CompareChartProps) {
  const locale = useLocale();
  const rtl = locale.dir === 'rtl';
  const tick = (v: number) => (indexed ? locale.number(v, 1) : locale.value(v, unit));
  return (
    // The plot keeps a left-to-right time axis in every language; the legend under it follows the page.
    <div>
      <div role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={300}>
          <LineChart
            data={points}
            margin={{ top: 10, right: rtl ? 8 : 24, bottom: 8, left: rtl ? 24 : 8 }}
            style={{ direction: 'ltr' }}
            accessibilityLayer
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="period"
              stroke="var(--text-muted)"
              tickFormatter={(p: string) => locale.period(p)}
            />
            <YAxis
              orientation={rtl ? 'right' : 'left'}
              stroke="var(--text-muted)"
              width={64}
              tickFormatter={tick}
              label={
                indexed
                  ? {
                      value: locale.format(messages.index),
                      angle: -90,
                      position: rtl ? 'insideRight' : 'insideLeft',
                      fill: 'var(--text-muted)',
                    }
                  : undefined
              }
            />
            <Tooltip
              labelFormatter={(p) => locale.describePeriod(String(p))}
              formatter={(v) => (typeof v === 'number' ? tick(v) : String(v))}
              contentStyle={{
                background: 'var(--surface)',
                border: '1px solid var(--border)',
                color: 'var(--text)',
                direction: locale.dir,
                textAlign: 'start',
              }}
            />
            {zones.map((zone, i) => (
              <Line
                key={zone.id}
                type="linear"
                dataKey={zone.id}
                name={zone.name}
                stroke={colourOfZone(zone.id)}
                strokeWidth={2.5}
                strokeDasharray={dashOf[lines[i % lines.length]!]}
                dot={(p: { cx?: number; cy?: number; index?: number }) =>
                  p.cx === undefined || p.cy === undefined ? (
                    <g key={p.index} />
                  ) : (
                    <path
                      key={p.index}
                      d={markerPath(shapes[i % shapes.length]!, p.cx, p.cy, 5)}
                      fill="var(--surface)"
                      stroke={colourOfZone(zone.id)}
                      strokeWidth={2}
                    />
                  )
                }
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        label={locale.format(messages.legend)}
        items={zones.map((zone, i) => ({
          key: zone.id,
          label: zone.name,
          colour: colourOfZone(zone.id),
          line: lines[i % lines.length],
          marker: shapes[i % shapes.length],
        }))}
      />
    </div>
  );
}
