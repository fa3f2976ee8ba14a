import type { GeoProjection } from 'd3-geo';
import { memo, useId } from 'react';
import styles from './map-base.module.css';
import { restate, type MapPaths } from './map-paths';
import type { ZoomTransform } from './zoom-transform';

interface MapBaseProps {
  paths: MapPaths;
  projection: GeoProjection;
  t: ZoomTransform;
  width: number;
  height: number;
}

/**
 * Land, borders and the disputed Kashmir outline. The heavy path data is made once per preset and
 * size, off the main thread (map-paths-query.ts); pan and zoom only change the group's transform,
 * and strokes do not scale with it. Paths made for another size are scaled to this one meanwhile.
 */
export const MapBase = memo(function MapBase({ paths, projection, t, width, height }: MapBaseProps) {
  const hatchId = useId().replace(/[^\w-]/g, '');
  const [x, y] = projection.translate();
  const fit = restate(paths, projection.scale(), [x, y]);
  return (
    <g aria-hidden="true">
      <defs>
        <pattern
          id={hatchId}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform={`scale(${1 / t.k}) rotate(45)`}
        >
          <line x1={0} y1={0} x2={0} y2={6} className={styles.hatchLine} />
        </pattern>
      </defs>
      <rect className={styles.water} width={width} height={height} />
      <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
        <g transform={fit}>
          {paths.countries.map((c) => (
            <path
              key={c.id}
              d={c.d}
              className={c.role === 'neighbour' ? styles.country : `${styles.country} ${styles.focus}`}
              data-country={c.name}
            />
          ))}
          <path
            d={paths.kashmir}
            className={styles.disputed}
            fill={`url(#${hatchId})`}
            data-disputed="Kashmir"
          />
        </g>
      </g>
    </g>
  );
});
