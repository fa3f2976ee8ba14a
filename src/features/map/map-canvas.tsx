import { useId, useMemo, type KeyboardEvent } from 'react';
import { useLocale } from '@/components/language-provider';
import type { Zone } from '@/domain/zone';
import { defineMessages } from '@/lib/messages';
import { MapArcs, type ProjectedArc } from './map-arcs';
import { MapBase } from './map-base';
import styles from './map-canvas.module.css';
import { MapLabels } from './map-labels';
import { MapMarkers, type PlacedMarker } from './map-markers';
import type { MapPaths } from './map-paths';
import { MapTooltip } from './map-tooltip';
import { projectionFor, type RegionPreset } from './projection';
import { projectLine, toArcs, type Agreement } from './to-arcs';
import { layoutMarkers, presetSizes, sizesForFrame, toMarkers, zoomGrowth } from './to-markers';
import type { SizeMetric, ZoneFigures } from './to-zone-metrics';
import { useMarkerTooltip } from './use-marker-tooltip';
import { usePanZoom } from './use-pan-zoom';
import { ZoomButtons } from './zoom-buttons';
import { applyTransform } from './zoom-transform';

const messages = defineMessages({
  label: {
    id: 'map.canvas.label',
    defaultMessage: 'Map of China and Pakistan with {count, plural, one {# zone} other {# zones}}',
    description: 'Accessible name of the map.',
  },
  role: {
    id: 'map.canvas.role',
    defaultMessage: 'map',
    description: 'What a screen reader calls the map element (aria-roledescription), lower case.',
  },
  arcNote: {
    id: 'map.canvas.arc-note',
    defaultMessage: 'Dashed arcs: sourced agreements; width illustrative, not a measured flow',
    description: 'Small note in a corner of the map when agreement arcs are drawn.',
  },
  keys: {
    id: 'map.canvas.keys',
    defaultMessage:
      'Drag or use the arrow keys to pan; plus and minus, pinch, or Control with the scroll wheel to zoom; 0 resets. Tab moves between zone markers; Enter selects a zone as the dashboard filter, Shift and Enter adds it, Escape clears the selection.',
    description:
      'Read by screen readers on the map: how to operate it. Control, Tab, Enter, Shift, Escape are keys.',
  },
});

export interface MapCanvasProps {
  /** Outlines projected for this preset (for this size, or an earlier one while it is made). */
  paths: MapPaths;
  zones: Zone[];
  figures: ZoneFigures;
  agreements: Agreement[];
  metric: SizeMetric;
  region: RegionPreset;
  width: number;
  height: number;
  selected: readonly string[];
  interactive: boolean;
  onSelect: (id: string, additive: boolean) => void;
  onClear: () => void;
}

/** The drawn map: projection, layers, pan and zoom, markers and the tooltip. Data arrives ready. */
export function MapCanvas(props: MapCanvasProps) {
  const locale = useLocale();
  const { paths, zones, figures, agreements, metric, region, width, height, selected } = props;
  const projection = projectionFor(region, { width, height });
  const sizeKey = `${region}:${width}x${height}` as const;
  const markers = useMemo(
    () =>
      toMarkers(
        zones,
        figures,
        metric,
        (p) => projection(p),
        sizesForFrame(presetSizes[region], width, height),
      ),
    [zones, figures, metric, projection, region, width, height],
  );
  const arcs: ProjectedArc[] = useMemo(() => {
    const origins = agreements.map((a) => a.counterpartId);
    return toArcs(zones, agreements, figures, metric).map((arc) => ({
      arc,
      points: projectLine(arc.points, (p) => projection(p)),
      originIndex: Math.max(0, origins.indexOf(arc.fromId)),
    }));
  }, [zones, agreements, figures, metric, projection]);
  const zonesById = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const agreementsById = useMemo(() => new Map(agreements.map((a) => [a.counterpartId, a])), [agreements]);

  const { t, attachSvg, zoomIn, zoomOut, reset, onKeyDown: onZoomKey } = usePanZoom(width, height, sizeKey);
  const placed: PlacedMarker[] = useMemo(() => {
    const anchors = markers.map((m) => applyTransform(t, m.anchor));
    const growth = zoomGrowth(t.k);
    const layout = layoutMarkers(
      markers.map((m, i) => ({
        id: m.id,
        x: anchors[i]?.[0] ?? 0,
        y: anchors[i]?.[1] ?? 0,
        r: m.radius * growth,
      })),
      { gap: 4 },
    );
    return markers.map((marker, i) => {
      const anchor = anchors[i] ?? marker.anchor;
      return { marker, anchor, r: marker.radius * growth, at: layout.get(marker.id) ?? anchor };
    });
  }, [markers, t]);

  const { active, setActive, show, hide, onPress, keepOpen } = useMarkerTooltip();
  const activePlaced = active ? placed.find((p) => p.marker.id === active.id) : undefined;

  const tooltipId = useId();
  const hintId = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      setActive(null);
      props.onClear();
      return;
    }
    onZoomKey(e);
  };

  return (
    <div
      className={styles.inner}
      role="group"
      aria-roledescription={locale.format(messages.role)}
      aria-label={locale.format(messages.label, { count: markers.length })}
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <svg
        ref={attachSvg}
        className={styles.svg}
        data-map=""
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onPointerDown={(e) => {
          // A tap or click on open map closes a tooltip left open by touch.
          onPress();
          if (!(e.target instanceof Element && e.target.closest('[data-zone-id]'))) setActive(null);
        }}
      >
        <MapBase paths={paths} projection={projection} t={t} width={width} height={height} />
        <MapArcs arcs={arcs} zonesById={zonesById} t={t} selected={selected} />
        <MapMarkers
          placed={placed}
          selected={selected}
          activeId={active?.id ?? null}
          tooltipId={tooltipId}
          interactive={props.interactive}
          onSelect={props.onSelect}
          onShow={show}
          onHide={hide}
        />
        <MapLabels
          placed={placed}
          projection={projection}
          t={t}
          width={width}
          height={height}
          locale={locale}
        />
      </svg>
      {arcs.length > 0 && <p className={styles.arcNote}>{locale.format(messages.arcNote)}</p>}
      <ZoomButtons onZoomIn={zoomIn} onZoomOut={zoomOut} onReset={reset} />
      {activePlaced && (
        <MapTooltip
          id={tooltipId}
          marker={activePlaced.marker}
          at={activePlaced.at}
          r={activePlaced.r}
          width={width}
          height={height}
          agreement={agreementsById.get(activePlaced.marker.id)}
          onPointerEnter={keepOpen}
          onPointerLeave={() => hide('hover')}
        />
      )}
      <p id={hintId} className="visually-hidden">
        {locale.format(messages.keys)}
      </p>
    </div>
  );
}
