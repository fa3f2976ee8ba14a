import { useQuery } from '@tanstack/react-query';
import { useLocale } from '@/components/language-provider';
import { config } from '@/config/env';
import { localName, localShortName } from '@/domain/local-names';
import { coverSlide } from '@/features/present/cover-slide';
import { describeFilters } from '@/features/present/describe-filters';
import { slidesMissingData, type SlideSpec } from '@/components/slide-spec';
import { sourcesSlides } from '@/features/present/sources-slide';
import { useTimelineSlide } from '@/features/present/timeline-slide';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import type { ViewFilters } from '@/lib/view-filters';
import { useChartSlides } from '@/features/charts/chart-slides';
import { useKpiSlides } from '@/features/overview/overview-slides';
import { useMapSlide } from '@/features/map/map-slide';

/** The filters in words, with zone and sector names once they have loaded (ids until then). */
export function useFiltersLabel(filters: ViewFilters): string {
  const t = useLocale();
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  return describeFilters(
    filters,
    (zones.data ?? []).map((z) => ({ id: z.id, name: localShortName(z, t.lang).text })),
    (sectors.data ?? []).map((s) => ({ id: s.id, name: localName(s, t.lang).text })),
    t,
  );
}

const data = { demo: config.demoApi, apiBaseUrl: config.apiBaseUrl };

/**
 * The meeting deck, in order: cover, headline KPIs, key charts, the map, milestones, closing sources.
 * Every slide follows the same URL filters as the dashboard.
 */
export function usePresentSlides(filters: ViewFilters, filtersLabel: string): SlideSpec[] {
  const t = useLocale();
  const kpiSlides = useKpiSlides(filters);
  const chartSlides = useChartSlides();
  const map = useMapSlide();
  const timeline = useTimelineSlide(filters);
  const content = [...kpiSlides, ...chartSlides, map, timeline];
  const missing = slidesMissingData(content).map((s) => s.title);
  const body = [coverSlide(t, { filtersLabel, data, missing }), ...content];
  return [...body, ...sourcesSlides(t, body)];
}
