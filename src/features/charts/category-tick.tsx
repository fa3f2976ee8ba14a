import type { Datum, SeriesSpec } from './chart-model';
import styles from './chart-svg.module.css';

type Filter = NonNullable<SeriesSpec['filter']>;

/** A category's axis label: its name, its total on a second line, clickable when it filters. */
export function CategoryTick({
  x,
  y,
  label,
  datum,
  anchor,
  onFilter,
}: {
  x: number;
  y: number;
  label: string;
  datum: Datum | undefined;
  anchor: 'start' | 'end' | 'middle';
  onFilter?: (filter: Filter) => void;
}) {
  const filter = datum?.filter;
  const clickable = Boolean(filter && onFilter);
  return (
    <g transform={`translate(${x},${y})`} className={clickable ? styles.filterable : undefined}>
      <text
        textAnchor={anchor}
        dx={anchor === 'end' ? -6 : anchor === 'start' ? 6 : 0}
        dy={anchor === 'middle' ? 14 : datum?.caption ? -3 : 4}
        fill="var(--text)"
        fontSize={12}
        onClick={clickable ? () => onFilter?.(filter!) : undefined}
      >
        <tspan>{label}</tspan>
        {datum?.caption && (
          <tspan
            x={0}
            lang={datum.captionLang}
            dx={anchor === 'end' ? -6 : anchor === 'start' ? 6 : 0}
            dy={14}
            fill="var(--chart-text)"
            fontSize={11}
          >
            {datum.caption}
          </tspan>
        )}
      </text>
    </g>
  );
}
