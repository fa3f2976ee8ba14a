/**
 * The non-colour cues of every chart: fill patterns (one per sector, see patternOfSector in
 * domain/colours.ts) and marker shapes for lines and points. Plain SVG, no chart library, so the
 * legend swatches, the map and image exports draw exactly what the charts draw.
 */
import { useId } from 'react';
import type { SectorPattern } from '@/domain/colours';
import styles from './chart-marks.module.css';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

/** A DOM-safe id prefix from React's useId (whose ids contain characters url(#…) must not). */
export function useSvgId(): string {
  return `c${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export const patternId = (prefix: string, key: string): string =>
  `${prefix}-p-${key.replace(/[^a-zA-Z0-9_-]/g, '')}`;

/** Lines drawn over the base colour: light ink on dark colours, dark ink on light ones. */
function inkFor(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'rgb(255 255 255 / 60%)';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.5 ? 'rgb(0 0 0 / 55%)' : 'rgb(255 255 255 / 70%)';
}

const strokes: Record<Exclude<SectorPattern, 'solid' | 'dots'>, string> = {
  diagonal: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  'diagonal-back': 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  cross: 'M0,0 l8,8 M8,0 l-8,8',
  horizontal: 'M0,4 h8',
  vertical: 'M4,0 v8',
  grid: 'M0,4 h8 M4,0 v8',
};

export interface PatternSpec {
  key: string;
  /** Any CSS colour, including var(--sector-x, #hex); `base` is the plain hex that decides the ink. */
  colour: string;
  base: string;
  pattern: SectorPattern;
}

export function PatternDefs({ prefix, specs }: { prefix: string; specs: readonly PatternSpec[] }) {
  return (
    <defs>
      {specs.map((spec) => {
        const ink = inkFor(spec.base);
        return (
          <pattern
            key={spec.key}
            id={patternId(prefix, spec.key)}
            patternUnits="userSpaceOnUse"
            width={8}
            height={8}
          >
            <rect width={8} height={8} fill={spec.colour} />
            {spec.pattern === 'dots' && <circle cx={4} cy={4} r={1.6} fill={ink} />}
            {spec.pattern !== 'solid' && spec.pattern !== 'dots' && (
              <path d={strokes[spec.pattern]} stroke={ink} strokeWidth={1.5} />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

/** SVG path of a marker centred on (x, y) with "radius" r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`;
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
  }
}

export interface SwatchProps {
  colour: string;
  base?: string;
  pattern?: SectorPattern;
  marker?: MarkerShape;
  /** Line series: a short line (dashed or not) through the marker. */
  line?: 'solid' | 'dashed' | 'dotted';
  /** Hollow marker: estimates and first-reported figures. */
  hollow?: boolean;
}

/** A legend key that repeats the series' colour together with its pattern, marker or dash. */
export function Swatch({ colour, base = '#777777', pattern, marker, line, hollow }: SwatchProps) {
  const prefix = useSvgId();
  const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '2 2' : undefined;
  return (
    <svg
      className={styles.swatch}
      width={22}
      height={14}
      viewBox="0 0 22 14"
      aria-hidden="true"
      focusable="false"
    >
      {pattern && <PatternDefs prefix={prefix} specs={[{ key: 's', colour, base, pattern }]} />}
      {pattern ? (
        <rect
          x={1}
          y={1}
          width={20}
          height={12}
          fill={`url(#${patternId(prefix, 's')})`}
          stroke="var(--chart-outline)"
        />
      ) : line ? (
        <line x1={0} x2={22} y1={7} y2={7} stroke={colour} strokeWidth={2.5} strokeDasharray={dash} />
      ) : null}
      {!pattern && !line && !marker && (
        <rect x={1} y={1} width={20} height={12} fill={colour} stroke="var(--chart-outline)" />
      )}
      {marker && (
        <path
          d={markerPath(marker, 11, 7, 4)}
          fill={hollow || marker === 'cross' ? 'var(--surface)' : colour}
          stroke={colour}
          strokeWidth={2}
        />
      )}
    </svg>
  );
}
