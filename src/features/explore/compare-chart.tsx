import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourOfZone } from '@/domain/colours';

/** Dash patterns and marker shapes so zones differ by more than colour. */
const dashes = ['0', '6 3', '2 3', '10 4 2 4'];
const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

export interface CompareChartProps {
  points: ({ period: string } & Record<string, number | null | string>)[];
  zones: { id: string; name: string }[];
  indexed: boolean;
  label: string;
}

/** Render-only: lines per zone over periods, raw or indexed to 100 in the base year. */
export function CompareChart({ points, zones, indexed, label }: CompareChartProps) {
  return (
    <div className="compare-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={points} margin={{ top: 10, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="period" stroke="var(--text-muted)" />
          <YAxis
            stroke="var(--text-muted)"
            width={56}
            label={
              indexed
                ? { value: 'Index', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }
                : undefined
            }
          />
          <Tooltip
            contentStyle={{
              background: 'var(--surface)',
              border: '1px solid var(--border)',
              color: 'var(--text)',
            }}
          />
          <Legend />
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
