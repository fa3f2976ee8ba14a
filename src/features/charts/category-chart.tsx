import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
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
import { formatAxisValue, type CategoryChartModel, type Datum, type SeriesSpec } from './chart-model';
import { CategoryTick } from './category-tick';
import { ChartTooltip } from './chart-tooltip';
import { fillFor, outlineFor, patternSpecs } from './series-fill';

type Filter = NonNullable<SeriesSpec['filter']>;
const axisTick = { fill: 'var(--chart-text)', fontSize: 12 };

interface CategoryChartProps {
  model: CategoryChartModel;
  prefix: string;
  label: string;
  /** Cross-filtering: a click on a bar segment or a category label toggles its zone or sector. */
  onFilter?: (filter: Filter) => void;
  /** This tall (a slide's room); by default as tall as its categories need. */
  height?: number;
}

/**
 * About how wide a label is drawn, so category names fit whole: Latin and Arabic-script letters
 * about 0.57 em, Chinese characters a full em.
 */
const textWidth = (text: string, fontSize = 12): number =>
  [...text].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 1 : 0.57), 0) * fontSize;

/** The chart's height: a row per category when bars lie down, one fixed height when they stand. */
export const categoryChartHeight = (model: CategoryChartModel): number =>
  model.layout === 'bars'
    ? Math.max(200, model.data.length * (model.stacked ? 44 : 36 * model.series.length) + 50)
    : 320;

/**
 * Bars by category (zones, sectors, provinces, years): grouped or stacked, labelled, filterable.
 * Memoised: redrawn for a new model or filter handler, not for the panel's other state.
 */
export const CategoryChart = memo(function CategoryChart({
  model,
  prefix,
  label,
  onFilter,
  height: fixedHeight,
}: CategoryChartProps) {
  const reducedMotion = useReducedMotion();
  const locale = useLocale();
  const horizontal = model.layout === 'bars';
  // In Urdu the chart mirrors around its categories: names on the right, bars growing leftwards
  // from them, the value axis on the right of columns. Years along the bottom still run left to right.
  const rtl = locale.dir === 'rtl';
  const byLabel = new Map(model.data.map((d) => [String(d.x), d]));
  const height = fixedHeight ?? categoryChartHeight(model);
  const labelWidth = Math.min(
    230,
    Math.max(
      90,
      ...model.data.map((d) => Math.max(textWidth(String(d.x)), textWidth(d.caption ?? '', 11)) + 14),
    ),
  );
  const valueAxis = {
    type: 'number' as const,
    tick: axisTick,
    stroke: 'var(--chart-axis)',
    tickFormatter: (v: number) => formatAxisValue(v, model.unit, locale),
    allowDecimals: model.unit === '%',
    domain: [0, 'auto'] as [number, 'auto'],
  };
  const categoryAxis = {
    type: 'category' as const,
    dataKey: 'x',
    stroke: 'var(--chart-axis)',
    interval: 0 as const,
    tick: (props: { x?: number | string; y?: number | string; payload: { value: unknown } }) => (
      <CategoryTick
        x={Number(props.x ?? 0)}
        y={Number(props.y ?? 0)}
        label={String(props.payload.value)}
        datum={byLabel.get(String(props.payload.value))}
        anchor={!horizontal ? 'middle' : rtl ? 'start' : 'end'}
        onFilter={onFilter}
      />
    ),
  };
  return (
    <ResponsiveContainer width="100%" height={height} className={styles.chart}>
      <BarChart
        data={model.data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{
          top: 16,
          right: rtl ? 4 : 48,
          bottom: horizontal ? 4 : 20,
          left: rtl ? 48 : 4,
        }}
        barCategoryGap="22%"
        accessibilityLayer
        title={label}
      >
        <PatternDefs prefix={prefix} specs={patternSpecs(model.series)} />
        <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke="var(--chart-grid)" />
        {horizontal ? <XAxis {...valueAxis} reversed={rtl} /> : <XAxis {...categoryAxis} height={42} />}
        {horizontal ? (
          <YAxis {...categoryAxis} width={labelWidth} orientation={rtl ? 'right' : 'left'} />
        ) : (
          <YAxis {...valueAxis} width={rtl ? 76 : 60} orientation={rtl ? 'right' : 'left'} />
        )}
        <Tooltip
          content={(props) => (
            <ChartTooltip active={props.active} payload={props.payload} series={model.series} />
          )}
          cursor={{ fill: 'var(--chart-cursor)' }}
          isAnimationActive={!reducedMotion}
        />
        {model.series.map((s) => (
          <Bar
            key={s.key}
            name={s.label}
            dataKey={(d: Datum) => d.values[s.key]}
            stackId={model.stacked ? 'stack' : undefined}
            fill={fillFor(prefix, s)}
            stroke="var(--chart-outline)"
            maxBarSize={horizontal ? 28 : 64}
            isAnimationActive={false}
            className={s.filter && onFilter ? styles.filterable : undefined}
            onClick={s.filter && onFilter ? () => onFilter(s.filter!) : undefined}
          >
            {model.data.map((d) => (
              <Cell
                key={d.key}
                fill={fillFor(prefix, s, d.kinds[s.key])}
                {...outlineFor(s, d.kinds[s.key])}
              />
            ))}
            {model.data.some((d) => d.labels?.[s.key]) && (
              <LabelList
                // The reversed axis gives bars a negative width, so their far end is on Recharts' 'right' still.
                position={horizontal ? 'right' : 'top'}
                fill="var(--text)"
                fontSize={12}
                valueAccessor={(entry) => (entry.payload as Datum).labels?.[s.key] ?? ''}
              />
            )}
          </Bar>
        ))}
        {model.reference && (
          <ReferenceLine
            {...(horizontal ? { x: model.reference.value } : { y: model.reference.value })}
            stroke="var(--text)"
            strokeDasharray="5 3"
            label={{
              value: model.reference.label,
              position: horizontal ? 'top' : rtl ? 'left' : 'right',
              fill: 'var(--text)',
              fontSize: 11,
            }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
});
