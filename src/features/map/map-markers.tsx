import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useLocale } from '@/components/language-provider';
import { localShortName } from '@/domain/local-names';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import styles from './map-markers.module.css';
import { statusWord } from './map-messages';
import { placeName } from './place-names';
import { ZoneShapeMark } from './zone-shape';
import type { Point, ZoneMarker } from './to-markers';
import { metricSpecs } from './to-zone-metrics';

const messages = defineMessages({
  label: {
    id: 'map.marker.label',
    defaultMessage:
      '{zone}, {city}: {status}{hasFigure, select, yes {, {metric, select, investment {investment} other {companies}} {value} (illustrative)} other {}}{shared, plural, =0 {} =1 {} other {, one of # zones in {city}}}',
    description:
      'What a screen reader says on a zone marker: its name, city, status, the figure that sizes it (illustrative) and, when zones share a city, how many do.',
  },
});

export interface PlacedMarker {
  marker: ZoneMarker;
  /** Screen position after zoom and crowd layout. */
  at: Point;
  /** Screen position of the zone's own coordinates. */
  anchor: Point;
  /** Radius on screen (grows a little with zoom). */
  r: number;
}

interface MapMarkersProps {
  placed: PlacedMarker[];
  selected: readonly string[];
  activeId: string | null;
  tooltipId: string;
  interactive: boolean;
  onSelect: (id: string, additive: boolean) => void;
  onShow: (id: string, via: 'hover' | 'focus') => void;
  onHide: (via: 'hover' | 'focus') => void;
}

/** What a screen reader hears on a marker: the tooltip adds the rest. */
function markerLabel({ zone, figure, sharedWith }: ZoneMarker, t: Locale): string {
  return t.format(messages.label, {
    zone: localShortName(zone, t.lang).text,
    city: placeName(zone.city, t.lang).text,
    status: statusWord(t, zone.status),
    hasFigure: figure ? 'yes' : 'no',
    metric: figure?.metric ?? '',
    value: figure ? t.value(figure.value, metricSpecs[figure.metric].unit) : '',
    shared: sharedWith,
  });
}

interface MarkerButtonProps {
  marker: ZoneMarker;
  at: Point;
  r: number;
  isSelected: boolean;
  faded: boolean;
  active: boolean;
  tooltipId: string;
  interactive: boolean;
  onSelect: (id: string, additive: boolean) => void;
  onShow: (id: string, via: 'hover' | 'focus') => void;
  onHide: (via: 'hover' | 'focus') => void;
}

/** One marker; memoised, so hovering one re-renders it and the one left, not all of them. */
const MarkerButton = memo(function MarkerButton({
  marker,
  at,
  r,
  isSelected,
  faded,
  active,
  tooltipId,
  interactive,
  onSelect,
  onShow,
  onHide,
}: MarkerButtonProps) {
  const t = useLocale();
  const select = (e: MouseEvent | KeyboardEvent) => onSelect(marker.id, e.shiftKey || e.metaKey || e.ctrlKey);
  return (
    <g
      className={`${styles.marker} ${faded ? styles.faded : ''} ${active ? styles.active : ''}`}
      transform={`translate(${at[0].toFixed(1)},${at[1].toFixed(1)})`}
      data-zone-id={marker.id}
      {...(interactive
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-pressed': isSelected,
            'aria-label': markerLabel(marker, t),
            'aria-describedby': active ? tooltipId : undefined,
            onClick: select,
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              select(e);
            },
            onFocus: () => onShow(marker.id, 'focus'),
            onBlur: () => onHide('focus'),
          }
        : { 'aria-hidden': true })}
      onPointerEnter={() => onShow(marker.id, 'hover')}
      // A finger does not hover: after a tap the tooltip stays until the next tap elsewhere.
      onPointerLeave={(e) => e.pointerType !== 'touch' && onHide('hover')}
    >
      {/* Transparent margin up to half the layout gap: easier to hit, never over a neighbour. */}
      <circle className={styles.hit} r={r + 2} />
      {isSelected && <circle className={styles.halo} r={r + 5} />}
      <g className={styles.shape}>
        <ZoneShapeMark shape={marker.shape} r={r} fill={marker.colour} />
      </g>
    </g>
  );
});

/**
 * Zone markers as buttons: Tab reaches each, Enter or Space selects (Shift adds to the selection),
 * focus and hover show the tooltip. Markers pushed off their city by crowding keep a thin leader
 * line to a dot at the city's point, so the true location stays visible.
 */
export function MapMarkers({
  placed,
  selected,
  activeId,
  tooltipId,
  interactive,
  onSelect,
  onShow,
  onHide,
}: MapMarkersProps) {
  const anySelected = selected.length > 0;
  return (
    <g>
      <g aria-hidden="true">
        {placed.map(({ marker, at, anchor }) =>
          Math.hypot(at[0] - anchor[0], at[1] - anchor[1]) > 1.5 ? (
            <g key={marker.id} className={styles.leader}>
              <line x1={anchor[0]} y1={anchor[1]} x2={at[0]} y2={at[1]} />
              <circle cx={anchor[0]} cy={anchor[1]} r={2} />
            </g>
          ) : null,
        )}
      </g>
      {placed.map(({ marker, at, r }) => {
        const isSelected = selected.includes(marker.id);
        return (
          <MarkerButton
            key={marker.id}
            marker={marker}
            at={at}
            r={r}
            isSelected={isSelected}
            faded={anySelected && !isSelected}
            active={activeId === marker.id}
            tooltipId={tooltipId}
            interactive={interactive}
            onSelect={onSelect}
            onShow={onShow}
            onHide={onHide}
          />
        );
      })}
    </g>
  );
}
