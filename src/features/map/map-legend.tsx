import { useId } from 'react';
import { SourceLine } from '@/components/provenance-badge';
import { colourOfZone, FALLBACK_COLOUR } from '@/domain/colours';
import { zoneStatuses, type Zone } from '@/domain/zone';
import { formatDate, formatValue } from '@/lib/format';
import { dashFor } from './map-arcs';
import { MarkerGlyph } from './zone-shape';
import type { Agreement } from './to-arcs';
import type { RegionPreset } from './projection';
import { presetSizes, radiusFor, statusStyles } from './to-markers';
import { maxFigure, metricSpecs, type SizeMetric, type ZoneFigures } from './to-zone-metrics';

interface MapLegendProps {
  metric: SizeMetric;
  /** Marker sizes differ per preset; the key shows the current ones. */
  region: RegionPreset;
  figures: ZoneFigures;
  agreements: readonly Agreement[];
  zones: readonly Zone[];
}

function SizeSwatch({ r }: { r: number }) {
  const box = 2 * r + 4;
  return (
    <svg width={box} height={box} viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} aria-hidden="true">
      <circle r={r} className="legend-size-circle" />
    </svg>
  );
}

/** How to read the map: shapes, sizes, arcs (and why their width is illustrative), places, borders. */
export function MapLegend({ metric, region, figures, agreements, zones }: MapLegendProps) {
  const sizes = presetSizes[region];
  const titleId = useId();
  const hatchId = useId().replace(/[^\w-]/g, '');
  const spec = metricSpecs[metric];
  const max = maxFigure(figures, metric);
  const names = new Map(zones.map((z) => [z.id, z.shortName]));
  return (
    <aside className="map-legend" aria-labelledby={titleId}>
      <h3 id={titleId}>Legend</h3>
      <h4>Status (shape)</h4>
      <ul className="legend-list">
        {zoneStatuses.map((status) => (
          <li key={status}>
            <MarkerGlyph
              shape={statusStyles[status].shape}
              fill={status === 'planned' ? FALLBACK_COLOUR : 'currentColor'}
            />
            {statusStyles[status].label}
          </li>
        ))}
      </ul>
      <p className="legend-note">Fill colours identify zones, the same as on the charts.</p>
      <h4>Marker area: {spec.label.toLowerCase()}</h4>
      {max > 0 ? (
        <ul className="legend-sizes">
          <li>
            <SizeSwatch r={radiusFor(max, max, sizes)} /> {formatValue(max, spec.unit)}
          </li>
          <li>
            <SizeSwatch r={radiusFor(max / 2, max, sizes)} /> {formatValue(max / 2, spec.unit)}
          </li>
          <li>
            <SizeSwatch r={radiusFor(0, max, sizes)} /> no figure
          </li>
        </ul>
      ) : (
        <p className="legend-note">
          No figures for the selected sectors and period: all markers are the smallest size.
        </p>
      )}
      <p className="legend-note">
        Latest year in the selected period, summed over the selected sectors. Illustrative: no public figure
        exists per zone.
      </p>
      <h4>Flows (arcs)</h4>
      <ul className="legend-list legend-flows">
        {agreements.map((a, i) => (
          <li key={a.counterpartId}>
            <svg width={44} height={12} aria-hidden="true" style={{ color: colourOfZone(a.counterpartId) }}>
              <path d="M2,6H40" className="legend-arc" strokeDasharray={dashFor(i)} />
              <path d="M31,2L37,6L31,10" className="legend-arc legend-arc--chevron" />
            </svg>
            <span>
              From {names.get(a.counterpartId) ?? a.counterpartId}: {a.title}
              {a.date ? `, ${formatDate(a.date)}` : ''}. <SourceLine provenance={a.provenance} />
            </span>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        Arcs stand for these sourced agreements, drawn as great circles from China to each zone with a figure.
        No public figure measures flows from a Chinese counterpart to any zone: an arc&apos;s width is the
        receiving zone&apos;s illustrative {spec.short.toLowerCase()}, and arcs are dashed to say so.
      </p>
      <h4>Places and borders</h4>
      <ul className="legend-list">
        <li>
          <svg width={22} height={16} aria-hidden="true">
            <line x1={4} y1={12} x2={17} y2={4} className="legend-leader" />
            <circle cx={4} cy={12} r={2} className="legend-leader-dot" />
          </svg>
          City centre (approximate location); zones sharing a city are spread around it
        </li>
        <li>
          <svg width={22} height={16} aria-hidden="true">
            <defs>
              <pattern
                id={hatchId}
                patternUnits="userSpaceOnUse"
                width={5}
                height={5}
                patternTransform="rotate(45)"
              >
                <line x1={0} y1={0} x2={0} y2={5} className="map-hatch-line" />
              </pattern>
            </defs>
            <rect x={1} y={1} width={20} height={14} className="map-disputed" fill={`url(#${hatchId})`} />
          </svg>
          Kashmir: disputed; approximate outline
        </li>
      </ul>
    </aside>
  );
}
