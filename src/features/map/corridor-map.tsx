import './map.css';
import { BorderNote } from './border-note';
import { formatDate } from '@/lib/format';
import { MapPanel } from './map-panel';
import type { RegionPreset } from './projection';
import { statusKey } from './to-map-pptx';
import { metricSpecs, type SizeMetric } from './to-zone-metrics';
import { useMapData } from './use-map-data';

export interface CorridorMapProps {
  /** Pixels; omit to fill the container's height (give the container a height, e.g. a slide). */
  height?: number;
  region?: RegionPreset;
  metric?: SizeMetric;
  /** false: markers show tooltips but do not change the dashboard's zone filter. */
  interactive?: boolean;
}

/**
 * The corridor at a glance, for presenter slides and other pages: the map with a one-line key and
 * the border note. Import it lazily (it brings d3-geo and, on first render, the outlines).
 */
export function CorridorMap({
  height,
  region = 'both',
  metric = 'companies',
  interactive = true,
}: CorridorMapProps) {
  const { zones, agreements } = useMapData();
  const names = new Map((zones.data ?? []).map((z) => [z.id, z.shortName]));
  const letters = agreements
    .map(
      (a) =>
        `${names.get(a.counterpartId) ?? a.counterpartId}: ${a.title}${a.date ? `, ${formatDate(a.date)}` : ''}`,
    )
    .join('; ');
  return (
    <figure className={`corridor-map ${height === undefined ? 'corridor-map--fill' : ''}`}>
      <MapPanel region={region} metric={metric} height={height ?? 'fill'} interactive={interactive} />
      <figcaption className="corridor-map-key">
        Shapes show status ({statusKey()}). Marker area and arc width:{' '}
        {metricSpecs[metric].label.toLowerCase()}, illustrative. Dashed arcs stand for sourced agreements
        {letters ? ` (${letters})` : ''}, not measured flows. Locations are city centres.
        <BorderNote />
      </figcaption>
    </figure>
  );
}
