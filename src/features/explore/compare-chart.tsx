import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/language-provider';
import { colourOfZone } from '@/domain/colours';
import type { IndicatorUnit } from '@/domain/indicator';
import { defineMessages } from '@/lib/messages';

/** Dash patterns and marker shapes so zones differ by more than colour. */
const dashes = ['0', '6 3', '2 3', '10 4 2 4'];
const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

const messages = defineMessages({
  index: {
    id: 'explore.compare-chart.index-axis',
    defaultMessage: 'Index',
    description: 'Value axis title when series are indexed to 100 in a base year.',
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
    // The plot keeps a left-to-right time axis in every language; the legend around it follows the page.
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
          <Legend wrapperStyle={{ direction: locale.dir }} />
          {zones.map((zone, i) => (
            <Line
              key={zone.id}
              type="linear"
              dataKey={zone.id}
              name={zone.name}
              stroke={colourOfZone(zone.id)}
              strokeWidth={2.5}
              strokeDasharray={dashes[i % dashes.length]}
              dot={{ r: 5, strokeWidth: 2 }}
              legendType={shapes[i % shapes.length]}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
