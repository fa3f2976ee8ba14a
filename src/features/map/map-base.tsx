import { geoPath, type GeoProjection } from 'd3-geo';
import { memo, useId, useMemo } from 'react';
import type { CountryPath } from './geo-features';
import styles from './map-base.module.css';
import { kashmirOutline } from './kashmir';
import type { ZoomTransform } from './zoom-transform';

interface MapBaseProps {
  countries: CountryPath[];
  projection: GeoProjection;
  t: ZoomTransform;
  width: number;
  height: number;
}

/**
 * Land, borders and the disputed Kashmir outline. The heavy path data is computed once per preset
 * and size; pan and zoom only change the group's transform, and strokes do not scale with it.
 */
export const MapBase = memo(function MapBase({ countries, projection, t, width, height }: MapBaseProps) {
  const hatchId = useId().replace(/[^\w-]/g, '');
  const kashmir = useMemo(() => geoPath(projection)(kashmirOutline) ?? '', [projection]);
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
        {countries.map((c) => (
          <path
            key={c.id}
            d={c.d}
            className={c.role === 'neighbour' ? styles.country : `${styles.country} ${styles.focus}`}
            data-country={c.name}
          />
        ))}
        <path d={kashmir} className={styles.disputed} fill={`url(#${hatchId})`} data-disputed="Kashmir" />
      </g>
    </g>
  );
});
