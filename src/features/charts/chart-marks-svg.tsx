import { markerPath, type MarkerShape } from '@/components/chart-marks';

/** Numbered event marker at the top of a reference line; staggered levels keep close dates apart. */
export function MarkerBadge({ x, y, mark, level }: { x: number; y: number; mark: string; level: number }) {
  const cy = y - 12 - level * 20;
  return (
    <g>
      <line x1={x} x2={x} y1={cy + 8} y2={y} stroke="var(--chart-marker)" strokeWidth={1} />
      <circle cx={x} cy={cy} r={8.5} fill="var(--surface)" stroke="var(--chart-marker)" strokeWidth={1.5} />
      <text x={x} y={cy} dy="0.35em" textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--text)">
        {mark}
      </text>
    </g>
  );
}

/** A data point drawn with its series' shape; hollow when the figure is an estimate or announcement. */
export function PointMark({
  cx,
  cy,
  shape,
  colour,
  hollow,
  r = 4.5,
}: {
  cx: number;
  cy: number;
  shape: MarkerShape;
  colour: string;
  hollow: boolean;
  r?: number;
}) {
  return (
    <path
      d={markerPath(shape, cx, cy, r)}
      fill={hollow || shape === 'cross' ? 'var(--surface)' : colour}
      stroke={colour}
      strokeWidth={2}
    />
  );
}

/**
 * A revised bar keeps its first-reported height visible: a dashed tick across it. Its figure is
 * in the tooltip and the table; a text label here would collide with the neighbouring bar.
 */
export function FirstReportedTick({ x, y, width }: { x: number; y: number; width: number }) {
  return (
    <line
      x1={x - 4}
      x2={x + width + 4}
      y1={y}
      y2={y}
      stroke="var(--text)"
      strokeWidth={2.5}
      strokeDasharray="4 2"
    />
  );
}
