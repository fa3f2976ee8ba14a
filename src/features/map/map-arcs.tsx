import { colourOfZone } from '@/domain/colours';
import type { Zone } from '@/domain/zone';
import { formatDate } from '@/lib/format';
import { linePath, pointAlong, type FlowArc } from './to-arcs';
import type { Point } from './to-markers';
import { figureText } from './zone-facts';
import { applyTransform, type ZoomTransform } from './zoom-transform';

/** Dash patterns per origin, so the two counterparts differ by more than colour. */
const originDashes = ['7 4', '2.5 3.5', '10 3 2 3'] as const;
export const dashFor = (index: number): string => originDashes[index % originDashes.length] ?? '7 4';

export interface ProjectedArc {
  arc: FlowArc;
  /** Projected (unzoomed) samples of the great circle. */
  points: Point[];
  originIndex: number;
}

interface MapArcsProps {
  arcs: ProjectedArc[];
  zonesById: Map<string, Zone>;
  t: ZoomTransform;
  selected: readonly string[];
}

/**
 * Great-circle arcs from each Chinese counterpart to the Pakistani zones. Dashed because their
 * width is illustrative; chevrons show the direction. Hover titles name the
 * agreement and the figure behind the width; keyboard users get the same in the zone tooltips.
 */
export function MapArcs({ arcs, zonesById, t, selected }: MapArcsProps) {
  const anySelected = selected.length > 0;
  return (
    <g className="map-arcs" aria-hidden="true">
      {arcs.map(({ arc, points, originIndex }) => {
        const screen = points.map((p) => applyTransform(t, p));
        // Two chevrons: mid-way for the corridor view, near the zone for the Pakistan view.
        const chevrons = [pointAlong(screen, 0.55), pointAlong(screen, 0.9)];
        const from = zonesById.get(arc.fromId);
        const to = zonesById.get(arc.toId);
        const highlighted = selected.includes(arc.toId) || selected.includes(arc.fromId);
        const state = anySelected ? (highlighted ? 'is-highlighted' : 'is-faded') : '';
        const size = 3 + arc.width * 0.7;
        return (
          <g key={arc.id} className={`map-arc ${state}`} style={{ color: colourOfZone(arc.fromId) }}>
            <title>
              {`${from?.shortName ?? arc.fromId} → ${to?.shortName ?? arc.toId}: ${arc.agreement.title}` +
                `${arc.agreement.date ? ` (${formatDate(arc.agreement.date)})` : ''}. ` +
                `Width: ${figureText(arc.figure)}, ${arc.figure.provenance.kind}; no flow is measured.`}
            </title>
            <path d={linePath(screen)} strokeWidth={arc.width} strokeDasharray={dashFor(originIndex)} />
            {chevrons.map((c, i) =>
              c ? (
                <path
                  key={i}
                  className="map-arc-chevron"
                  d={`M${-size},${-size * 0.8}L0,0L${-size},${size * 0.8}`}
                  transform={`translate(${c.x.toFixed(1)},${c.y.toFixed(1)}) rotate(${c.angle.toFixed(1)})`}
                />
              ) : null,
            )}
          </g>
        );
      })}
    </g>
  );
}
