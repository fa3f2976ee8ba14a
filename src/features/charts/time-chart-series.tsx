import { Area, Bar, Cell, LabelList, Line } from 'recharts';
import type { Datum, SeriesSpec, TimeChartModel } from './chart-model';
import { FirstReportedTick, PointMark } from './chart-marks-svg';
import { fillFor } from './series-fill';

const valueOf = (key: string) => (d: Datum) => d.values[key];

/** One series of a time chart as Recharts draws it: bars (with first-reported ticks), an area, a line or points. */
export function renderSeries(s: SeriesSpec, model: TimeChartModel, prefix: string) {
  const common = { name: s.label, dataKey: valueOf(s.key), isAnimationActive: false } as const;
  if (s.type === 'bar') {
    const hasFirst = model.data.some((d) => d.firstReported?.[s.key]);
    return (
      <Bar
        key={s.key}
        {...common}
        stackId={s.stackId}
        fill={fillFor(prefix, s)}
        stroke="var(--chart-outline)"
        maxBarSize={48}
        shape={
          hasFirst
            ? (props) => {
                const { x, y, width, height, fill, payload } = props;
                const datum = payload as Datum;
                const first = datum.firstReported?.[s.key];
                const value = datum.values[s.key] ?? 0;
                const base = y + height;
                return (
                  <g>
                    <rect
                      x={x}
                      y={y}
                      width={width}
                      height={height}
                      fill={fill}
                      stroke="var(--chart-outline)"
                    />
                    {first && value !== 0 && (
                      <FirstReportedTick x={x} y={base - (height * first.value) / value} width={width} />
                    )}
                  </g>
                );
              }
            : undefined
        }
      >
        {model.data.map((d) => (
          <Cell key={d.key} fill={fillFor(prefix, s, d.kinds[s.key])} />
        ))}
        {model.data.some((d) => d.labels?.[s.key]) && (
          <LabelList
            position="top"
            fill="var(--text)"
            fontSize={11}
            valueAccessor={(entry) => (entry.payload as Datum).labels?.[s.key] ?? ''}
          />
        )}
      </Bar>
    );
  }
  if (s.type === 'area') {
    return (
      <Area
        key={s.key}
        {...common}
        type="linear"
        stackId={s.stackId}
        fill={fillFor(prefix, s)}
        fillOpacity={0.85}
        stroke={s.paint.css}
        strokeWidth={1.5}
      />
    );
  }
  const dot = (props: { cx?: number; cy?: number; payload?: unknown; index?: number }) => {
    const datum = props.payload as Datum | undefined;
    if (props.cx === undefined || props.cy === undefined || !datum || datum.values[s.key] === undefined)
      return <g key={`${s.key}-${props.index}`} />;
    const kind = datum.kinds[s.key];
    return (
      <PointMark
        key={`${s.key}-${props.index}`}
        cx={props.cx}
        cy={props.cy}
        shape={s.marker ?? 'circle'}
        colour={s.paint.css}
        hollow={kind === 'estimate' || kind === 'announcement'}
        r={s.type === 'dots' ? 6 : 4}
      />
    );
  };
  return (
    <Line
      key={s.key}
      {...common}
      type="linear"
      stroke={s.type === 'dots' ? 'none' : s.paint.css}
      strokeWidth={s.type === 'dots' ? 0 : 2.5}
      strokeDasharray={s.dashed ? '6 4' : undefined}
      connectNulls={s.type !== 'dots'}
      dot={dot}
      activeDot={dot}
    >
      {model.data.some((d) => d.labels?.[s.key]) && (
        <LabelList
          position={s.type === 'dots' ? 'top' : 'right'}
          offset={10}
          fill="var(--text)"
          fontSize={12}
          fontWeight={600}
          valueAccessor={(entry) => (entry.payload as Datum).labels?.[s.key] ?? ''}
        />
      )}
    </Line>
  );
}
