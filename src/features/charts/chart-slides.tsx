import '@/components/chart-frame.css';
import './chart-slides.css';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { ChartLegend } from '@/components/chart-legend';
import { useSvgId } from '@/components/chart-marks';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { shortSource } from '@/components/provenance-badge';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { missingData } from '@/components/missing-data';
import type { SlideSpec } from '@/components/slide-spec';
import { useViewFilters } from '@/hooks/use-view-filters';
import { toChartPptx } from './to-chart-pptx';
import { formatAsOf, formatDate } from '@/lib/format';
import { panelState, useMilestones, type PanelState } from './chart-hooks';
import { chartInputs, chartQueries, outsideSpan } from './chart-queries';
import type { Shaped, TimeChartModel } from './chart-model';
import { legendItems } from './series-fill';
import { TimeChart } from './time-chart';
import { slideCharts } from './time-chart-definitions';

/** Room for the chart between a slide's title and footer, after the summary, legend and milestone key. */
const CHART_HEIGHT = 330;

interface ChartSlideBodyProps {
  title: string;
  state: PanelState;
  shaped: Shaped<TimeChartModel> | null;
}

/** A chart from the charts feature at slide size: summary, legend, chart, milestone key; no tabs or downloads. */
function ChartSlideBody({ title, state, shaped }: ChartSlideBodyProps) {
  const prefix = useSvgId();
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={state.onRetry} retrying={state.retrying} />;
  if (state.status === 'pending') return <LoadingBlock label={title} lines={6} />;
  if (!shaped) return <EmptyState>No figures in the selected years.</EmptyState>;
  const { model, summary } = shaped;
  return (
    <figure className="slide-chart">
      <StaleNotice queries={state.queries} />
      <figcaption className="slide-chart-summary">{summary}</figcaption>
      <ChartLegend items={legendItems(model.series, model.data, prefix)} label={`Key to ${title}`} />
      <TimeChart model={model} prefix={prefix} label={title} height={CHART_HEIGHT} />
      {model.markers.length > 0 && (
        <ol className="slide-chart-markers" aria-label="Cooperation milestones marked on the chart">
          {model.markers.map((m) => (
            <li key={m.id}>
              <strong>{m.mark}</strong> {formatDate(m.date)}: {m.title}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

const cite = (p: Provenance) =>
  `Source: ${p.source}${p.kind === 'sourced' ? '' : ` [${p.kind}]`}, ${formatAsOf(p.asOf)}.`;

function chartSpec(
  id: string,
  title: string,
  subtitle: string,
  queries: readonly UseQueryResult<Observation[]>[],
  shaped: Shaped<TimeChartModel> | null,
): SlideSpec {
  const provenances = shaped?.provenances ?? [];
  const markers = shaped?.model.markers ?? [];
  const state = panelState(queries);
  return {
    id,
    title,
    subtitle,
    render: () => <ChartSlideBody title={title} state={state} shaped={shaped} />,
    // One gap per slide, however many of its queries failed; Retry refetches them all.
    missing: missingData(queries.map((query) => [`${title} figures`, query] as const))
      .slice(0, 1)
      .map((gap) => ({ ...gap, retry: state.onRetry })),
    pptx: () => (shaped ? { kind: 'chart', chart: toChartPptx(title, shaped) } : null),
    notes: [
      ...(shaped ? [shaped.summary] : []),
      ...[...new Map(provenances.map((p) => [`${p.source}${p.asOf}`, p])).values()].map(cite),
      ...markers.map(
        (m) => `Marker ${m.mark}: ${formatDate(m.date)}, ${m.title} (${shortSource(m.provenance.source)}).`,
      ),
    ],
    sources: [...provenances, ...markers.map((m) => m.provenance)],
    illustrative: provenances.some((p) => p.kind === 'illustrative'),
  };
}

/**
 * The deck's chart slides: the definitions marked `slide`, drawn by the same shaping and chart
 * components as the charts pages, with the same filters and queries (so the cache answers once).
 */
export function useChartSlides(): SlideSpec[] {
  const { filters } = useViewFilters();
  const { markers } = useMilestones();
  const perChart = slideCharts.map((definition) => chartQueries(definition, filters));
  const results = useQueries({ queries: perChart.flat() });
  const starts = perChart.map((_, i) => perChart.slice(0, i).reduce((n, q) => n + q.length, 0));
  return slideCharts.flatMap((definition, i) => {
    const start = starts[i] ?? 0;
    const own = results.slice(start, start + (perChart[i]?.length ?? 0));
    if (!definition.slide) return [];
    const inputs = outsideSpan(definition, filters) ? null : chartInputs(definition, own);
    const { id, title, subtitle } = definition.slide;
    return [chartSpec(id, title, subtitle, own, inputs ? definition.shape(inputs, markers) : null)];
  });
}
