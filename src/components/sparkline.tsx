import { toSparkline } from './to-sparkline';

interface SparklineProps {
  points: readonly { position: number; value: number }[];
  /** Read by screen readers instead of the drawing: first and last value, in words. */
  description: string;
  width?: number;
  height?: number;
  /** The holder's sizing of the drawing (e.g. wider on a slide). */
  className?: string;
}

/** A hand-drawn SVG line: small enough for the first screen, where Recharts is not loaded. */
export function Sparkline({ points, description, width = 160, height = 36, className }: SparklineProps) {
  const geometry = toSparkline(points, width, height);
  if (!geometry) return null;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={description}
    >
      <path d={geometry.path} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" />
      {geometry.points.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={1.6} fill="currentColor" />
      ))}
      <circle cx={geometry.last.x} cy={geometry.last.y} r={3.2} fill="currentColor" />
    </svg>
  );
}
