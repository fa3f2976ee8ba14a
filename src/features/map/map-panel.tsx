import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { useViewFilters } from '@/hooks/use-view-filters';
import { describeError } from '@/lib/api-error';
import { MapCanvas } from './map-canvas';
import type { RegionPreset } from './projection';
import { maxFigure, metricSpecs, type SizeMetric } from './to-zone-metrics';
import { useContainerSize } from '@/hooks/use-container-size';
import { countryShapesQuery, useMapData } from './use-map-data';

export interface MapPanelProps {
  region: RegionPreset;
  metric: SizeMetric;
  /** Pixels, or 'fill' to take the container's height (presenter slides). Default: the stylesheet's. */
  height?: number | 'fill';
  interactive?: boolean;
}

/** Zone ids after a click: a plain click picks one zone (or unpicks it), Shift/Ctrl/⌘ toggles it. */
export function nextSelection(current: readonly string[], id: string, additive: boolean): string[] {
  if (additive) return current.includes(id) ? current.filter((z) => z !== id) : [...current, id];
  return current.length === 1 && current[0] === id ? [] : [id];
}

/** The map with its own loading, error and empty states; a failed part stays inside this panel. */
export function MapPanel({ region, metric, height, interactive = true }: MapPanelProps) {
  const { zones, observations, events, figures, agreements, filters } = useMapData();
  const shapes = useQuery(countryShapesQuery);
  const { setFilters } = useViewFilters();
  const [frameRef, size] = useContainerSize<HTMLDivElement>();
  const busy = zones.isPending || shapes.isPending || observations.isPending || events.isPending;

  const zonesFailure = failureOf(zones);
  const figuresFailure = failureOf(observations);
  const eventsFailure = failureOf(events);
  let body;
  if (zonesFailure)
    body = (
      <ErrorState error={zonesFailure} onRetry={() => void zones.refetch()} retrying={zones.isFetching} />
    );
  else if (!zones.data || shapes.isPending) body = <LoadingBlock label="map" lines={6} />;
  else if (shapes.isError)
    body = (
      <div className="state-error" role="alert">
        <p>
          <span aria-hidden="true">⚠ </span>The country outlines could not be loaded. The list view has every
          zone.
        </p>
        <button type="button" className="button" onClick={() => void shapes.refetch()}>
          Retry
        </button>
      </div>
    );
  else if (zones.data.length === 0)
    body = (
      <EmptyState>No zones were returned, so the map has nothing to place. Nothing is guessed.</EmptyState>
    );
  else if (size)
    body = (
      <MapCanvas
        shapes={shapes.data}
        zones={zones.data}
        figures={figures}
        agreements={agreements}
        metric={metric}
        region={region}
        width={size.width}
        height={size.height}
        selected={filters.zones}
        interactive={interactive}
        onSelect={(id, additive) => setFilters({ zones: nextSelection(filters.zones, id, additive) })}
        onClear={() => filters.zones.length > 0 && setFilters({ zones: [] })}
      />
    );

  const noFigures = observations.isSuccess && maxFigure(figures, metric) === 0;
  return (
    <div className="map-panel" aria-busy={busy}>
      <div
        ref={frameRef}
        className={`map-frame ${height === 'fill' ? 'map-frame--fill' : ''}`}
        style={typeof height === 'number' ? { height } : undefined}
      >
        {body}
      </div>
      <StaleNotice queries={[zones, observations, events]} />
      {figuresFailure != null && (
        <p className="map-status" role="status">
          Zone figures unavailable: {describeError(figuresFailure)} Markers are drawn at one size and flows
          are hidden.{' '}
          <button type="button" className="button button--small" onClick={() => void observations.refetch()}>
            Retry figures
          </button>
        </p>
      )}
      {eventsFailure != null && (
        <p className="map-status" role="status">
          Agreements unavailable: {describeError(eventsFailure)} Flows are hidden.{' '}
          <button type="button" className="button button--small" onClick={() => void events.refetch()}>
            Retry agreements
          </button>
        </p>
      )}
      {noFigures && (
        <p className="map-status" role="status">
          No {metricSpecs[metric].label.toLowerCase()} figures for the selected sectors and period: markers
          are drawn at the smallest size and no flows are drawn.
        </p>
      )}
    </div>
  );
}
