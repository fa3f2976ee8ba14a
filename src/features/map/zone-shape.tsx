import styles from './zone-shape.module.css';
import type { ZoneShape as Shape } from './to-markers';

/**
 * One marker glyph centred on (0, 0) with "radius" r. Shapes are scaled to roughly equal area as a
 * circle of radius r, so size keeps encoding the figure whatever the status.
 */
export function ZoneShapeMark({ shape, r, fill }: { shape: Shape; r: number; fill: string }) {
  switch (shape) {
    case 'circle':
      return <circle r={r} fill={fill} className={styles.mark} />;
    case 'ring':
      return <circle r={r} className={`${styles.mark} ${styles.ring}`} />;
    case 'square': {
      const s = r * Math.sqrt(Math.PI) * 0.5;
      return <rect x={-s} y={-s} width={2 * s} height={2 * s} fill={fill} className={styles.mark} />;
    }
    case 'diamond': {
      const d = r * Math.sqrt(Math.PI / 2);
      return <path d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} fill={fill} className={styles.mark} />;
    }
    case 'triangle': {
      // Equilateral, area πr²: side a = r·√(4π/√3); centroid at the origin.
      const a = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
      const h = (a * Math.sqrt(3)) / 2;
      return (
        <path
          d={`M0,${(-2 * h) / 3}L${a / 2},${h / 3}L${-a / 2},${h / 3}Z`}
          fill={fill}
          className={styles.mark}
        />
      );
    }
  }
}

/** A small stand-alone glyph for the legend and the list, hidden from assistive tech (words say it). */
export function MarkerGlyph({ shape, fill, size = 16 }: { shape: Shape; fill: string; size?: number }) {
  return (
    <svg className={styles.glyph} width={size} height={size} viewBox="-10 -10 20 20" aria-hidden="true">
      <ZoneShapeMark shape={shape} r={6.5} fill={fill} />
    </svg>
  );
}
