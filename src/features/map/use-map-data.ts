import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useViewFilters } from '@/hooks/use-view-filters';
import { eventsQuery } from '@/lib/endpoints/events';
import { observationsQuery } from '@/lib/endpoints/observations';
import { zonesQuery } from '@/lib/endpoints/zones';
import { applyViewFilters } from '@/lib/view-filters';
import { toAgreements } from './to-arcs';
import { metricSpecs, sizeMetrics, toZoneFigures } from './to-zone-metrics';

const figureIndicators = sizeMetrics.map((m) => metricSpecs[m].indicatorId);

/**
 * Everything the map shows, each part with its own state so one failure stays local: zones
 * (markers), zone figures (sizes, arc widths), letters of intent (which arcs exist).
 * The outlines are MapPanel's own (map-paths-query.ts): projected per size, off the main thread.
 */
export function useMapData() {
  const { filters } = useViewFilters();
  const zones = useQuery(zonesQuery());
  // Sector and year filters narrow the figures; the zone filter does not, because the map keeps
  // every zone on screen (selected ones highlighted) so analysts can pick others.
  const observations = useQuery({
    ...observationsQuery(
      applyViewFilters({ indicators: figureIndicators }, { ...filters, zones: [] }, { breakdown: true }),
    ),
    placeholderData: keepPreviousData,
  });
  // Agreements stand regardless of the period filter: they are why an arc exists at all.
  const events = useQuery(eventsQuery({ kinds: ['letter-of-intent'] }));

  const figures = useMemo(() => toZoneFigures(observations.data ?? []), [observations.data]);
  const agreements = useMemo(
    () => (zones.data && events.data ? toAgreements(events.data, zones.data) : []),
    [zones.data, events.data],
  );
  return { zones, observations, events, figures, agreements, filters };
}
