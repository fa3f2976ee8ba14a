import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { useLocale } from '@/components/language-provider';
import {
  EmptyState,
  ErrorBox,
  ErrorState,
  failureOf,
  LoadingBlock,
  StaleNotice,
} from '@/components/panel-states';
import { useViewFilters } from '@/hooks/use-view-filters';
import { describeError } from '@/lib/describe-error';
import { MapCanvas } from './map-canvas';
import { metricPhrase } from './map-messages';
import { panelMessages as messages } from './map-panel-messages';
import styles from './map-panel.module.css';
import { mapPathsQuery, projectsOffThread } from './map-paths-query';
import { regionPresets, type RegionPreset } from './projection';
import { maxFigure, type SizeMetric } from './to-zone-metrics';
import { useContainerSize } from '@/hooks/use-container-size';
import { useMapData } from './use-map-data';

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
  const t = useLocale();
  const { zones, observations, events, figures, agreements, filters } = useMapData();
  const { setFilters } = useViewFilters();
  const [frameRef, size] = useContainerSize<HTMLDivElement>();
  const frame = { width: size?.width ?? 0, height: size?.height ?? 0 };
  // Off the main thread, once per preset and size. While a new size is projected the previous
  // paths of the same preset stand in (scaled exactly, map-paths.ts), so resizing never blanks the map.
  const paths = useQuery({
    ...mapPathsQuery({ preset: region, ...frame }),
    enabled: size !== null,
    placeholderData: (previous) => (previous?.preset === region ? previous : undefined),
  });
  // The other presets at this size, made ahead in the worker, so switching preset is immediate.
  const queryClient = useQueryClient();
  const ready = paths.isSuccess && !paths.isPlaceholderData;
  useEffect(() => {
    if (!ready || !projectsOffThread()) return;
    for (const preset of regionPresets)
      void queryClient.prefetchQuery(mapPathsQuery({ preset, width: frame.width, height: frame.height }));
  }, [ready, queryClient, frame.width, frame.height]);
  const busy = zones.isPending || !ready || observations.isPending || events.isPending;
  // With the worker, the drawing follows its data in a transition: React renders the map's parts
  // in slices between frames instead of one long task when the answers and the outlines arrive.
  // Without it (jsdom) the map draws with its data, in the same render, as it always did.
  const deferred = {
    paths: useDeferredValue(paths.data),
    zones: useDeferredValue(zones.data),
    figures: useDeferredValue(figures),
    agreements: useDeferredValue(agreements),
  };
  const drawn = projectsOffThread()
    ? deferred
    : { paths: paths.data, zones: zones.data, figures, agreements };

  const zonesFailure = failureOf(zones);
  const figuresFailure = failureOf(observations);
  const eventsFailure = failureOf(events);
  let body;
  if (zonesFailure)
    body = (
      <ErrorState
        error={zonesFailure}
        onRetry={() => void zones.refetch()}
        retrying={zones.isFetching}
        className={styles.state}
      />
    );
  else if (!zones.data || paths.isPending)
    body = <LoadingBlock label={t.format(messages.loading)} lines={6} className={styles.state} />;
  else if (paths.isError)
    body = (
      <ErrorBox className={styles.state}>
        <p>
          <span aria-hidden="true">⚠ </span>
          {t.format(messages.noOutlines)}
        </p>
        <button type="button" className="button" onClick={() => void paths.refetch()}>
          {t.format(messages.retry)}
        </button>
      </ErrorBox>
    );
  else if (!drawn.zones || !drawn.paths)
    body = <LoadingBlock label={t.format(messages.loading)} lines={6} className={styles.state} />;
  else if (drawn.zones.length === 0)
    body = <EmptyState className={styles.state}>{t.format(messages.empty)}</EmptyState>;
  else if (size)
    body = (
      <MapCanvas
        paths={drawn.paths}
        zones={drawn.zones}
        figures={drawn.figures}
        agreements={drawn.agreements}
        metric={metric}
        // The preset of the paths drawn: for a moment after a switch, still the previous one.
        region={drawn.paths.preset}
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
    <div
      className={height === 'fill' ? `${styles.panel} ${styles.panelFill}` : styles.panel}
      aria-busy={busy}
    >
      <div
        ref={frameRef}
        className={height === 'fill' ? `${styles.frame} ${styles.fill}` : styles.frame}
        style={typeof height === 'number' ? { height } : undefined}
      >
        {body}
      </div>
      <StaleNotice queries={[zones, observations, events]} />
      {figuresFailure != null && (
        <p className={styles.status} role="status">
          {t.format(messages.noFigures, { reason: describeError(figuresFailure, t) })}{' '}
          <button type="button" className="button button--small" onClick={() => void observations.refetch()}>
            {t.format(messages.retryFigures)}
          </button>
        </p>
      )}
      {eventsFailure != null && (
        <p className={styles.status} role="status">
          {t.format(messages.noAgreements, { reason: describeError(eventsFailure, t) })}{' '}
          <button type="button" className="button button--small" onClick={() => void events.refetch()}>
            {t.format(messages.retryAgreements)}
          </button>
        </p>
      )}
      {noFigures && (
        <p className={styles.status} role="status">
          {t.format(messages.zeroFigures, { metric: metricPhrase(t, metric) })}
        </p>
      )}
    </div>
  );
}
