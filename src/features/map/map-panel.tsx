import { useQuery } from '@tanstack/react-query';
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
import { describeError } from '@/lib/api-error';
import { defineMessages } from '@/lib/messages';
import { MapCanvas } from './map-canvas';
import { metricPhrase } from './map-messages';
import styles from './map-panel.module.css';
import type { RegionPreset } from './projection';
import { maxFigure, type SizeMetric } from './to-zone-metrics';
import { useContainerSize } from '@/hooks/use-container-size';
import { countryShapesQuery, useMapData } from './use-map-data';

const messages = defineMessages({
  loading: {
    id: 'map.panel.loading',
    defaultMessage: 'map',
    description: 'What is loading, in "Still loading {what}…".',
  },
  noOutlines: {
    id: 'map.panel.no-outlines',
    defaultMessage: 'The country outlines could not be loaded. The list view has every zone.',
    description: 'In place of the map when its outline file failed to load.',
  },
  retry: { id: 'map.panel.retry', defaultMessage: 'Retry', description: 'Button: load the outlines again.' },
  empty: {
    id: 'map.panel.empty',
    defaultMessage: 'No zones were returned, so the map has nothing to place. Nothing is guessed.',
    description: 'In place of the map when the data service returned no zones.',
  },
  noFigures: {
    id: 'map.panel.figures-failed',
    defaultMessage: 'Zone figures unavailable: {reason} Markers are drawn at one size and flows are hidden.',
    description: 'Under the map when zone figures failed; reason is a sentence saying why.',
  },
  retryFigures: {
    id: 'map.panel.retry-figures',
    defaultMessage: 'Retry figures',
    description: 'Button: load the zone figures again.',
  },
  noAgreements: {
    id: 'map.panel.agreements-failed',
    defaultMessage: 'Agreements unavailable: {reason} Flows are hidden.',
    description: 'Under the map when the letters of intent failed; reason is a sentence saying why.',
  },
  retryAgreements: {
    id: 'map.panel.retry-agreements',
    defaultMessage: 'Retry agreements',
    description: 'Button: load the agreements again.',
  },
  zeroFigures: {
    id: 'map.panel.zero-figures',
    defaultMessage:
      'No {metric} figures for the selected sectors and period: markers are drawn at the smallest size and no flows are drawn.',
    description:
      'Under the map when no zone has a figure; metric is "companies in zone" or "developer investment".',
  },
});

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
      <ErrorState
        error={zonesFailure}
        onRetry={() => void zones.refetch()}
        retrying={zones.isFetching}
        className={styles.state}
      />
    );
  else if (!zones.data || shapes.isPending)
    body = <LoadingBlock label={t.format(messages.loading)} lines={6} className={styles.state} />;
  else if (shapes.isError)
    body = (
      <ErrorBox className={styles.state}>
        <p>
          <span aria-hidden="true">⚠ </span>
          {t.format(messages.noOutlines)}
        </p>
        <button type="button" className="button" onClick={() => void shapes.refetch()}>
          {t.format(messages.retry)}
        </button>
      </ErrorBox>
    );
  else if (zones.data.length === 0)
    body = <EmptyState className={styles.state}>{t.format(messages.empty)}</EmptyState>;
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
          {t.format(messages.noFigures, { reason: describeError(figuresFailure) })}{' '}
          <button type="button" className="button button--small" onClick={() => void observations.refetch()}>
            {t.format(messages.retryFigures)}
          </button>
        </p>
      )}
      {eventsFailure != null && (
        <p className={styles.status} role="status">
          {t.format(messages.noAgreements, { reason: describeError(eventsFailure) })}{' '}
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
