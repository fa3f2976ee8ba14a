import { memo } from 'react';
import { useLocale } from '@/components/language-provider';
import { colourOfZone } from '@/domain/colours';
import { localShortName } from '@/domain/local-names';
import type { Zone } from '@/domain/zone';
import { defineMessages } from '@/lib/messages';
import styles from './map-arcs.module.css';
import { linePath, pointAlong, titleOf, type FlowArc } from './to-arcs';
import type { Point } from './to-markers';
import { figureText } from './zone-text';
import { applyTransform, type ZoomTransform } from './zoom-transform';

const messages = defineMessages({
  title: {
    id: 'map.arc.title',
    defaultMessage:
      '{from} → {to}: {agreement}{date, select, none {} other { ({date})}}. Width: {figure}, {kind, select, sourced {sourced} announcement {announcement} estimate {estimate} other {illustrative}}; no flow is measured.',
    description:
      'Hover text of an arc from a Chinese counterpart to a Pakistani zone: the agreement (its title from the data, translated where it has one), its date, and the figure behind the arc’s width with its provenance kind.',
  },
});

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
 * Memoised, so hovering a marker does not redraw them.
 */
export const MapArcs = memo(function MapArcs({ arcs, zonesById, t, selected }: MapArcsProps) {
  const locale = useLocale();
  const anySelected = selected.length > 0;
  return (
    <g aria-hidden="true">
      {arcs.map(({ arc, points, originIndex }) => {
        const screen = points.map((p) => applyTransform(t, p));
        // Two chevrons: mid-way for the corridor view, near the zone for the Pakistan view.
        const chevrons = [pointAlong(screen, 0.55), pointAlong(screen, 0.9)];
        const from = zonesById.get(arc.fromId);
        const to = zonesById.get(arc.toId);
        const highlighted = selected.includes(arc.toId) || selected.includes(arc.fromId);
        const state = anySelected ? (highlighted ? styles.highlighted : styles.faded) : '';
        const size = 3 + arc.width * 0.7;
        return (
          <g key={arc.id} className={`${styles.arc} ${state}`} style={{ color: colourOfZone(arc.fromId) }}>
            <title>
              {locale.format(messages.title, {
                from: from ? localShortName(from, locale.lang).text : arc.fromId,
                to: to ? localShortName(to, locale.lang).text : arc.toId,
                agreement: titleOf(arc.agreement, locale.lang),
                date: arc.agreement.date ? locale.date(arc.agreement.date) : 'none',
                figure: figureText(arc.figure, locale),
                kind: arc.figure.provenance.kind,
              })}
            </title>
            <path d={linePath(screen)} strokeWidth={arc.width} strokeDasharray={dashFor(originIndex)} />
            {chevrons.map((c, i) =>
              c ? (
                <path
                  key={i}
                  className={styles.chevron}
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
});
