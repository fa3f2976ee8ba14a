import '@/components/chart-frame.css';
import './chart-slides.css';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SummaryBadge, summaryProvenance } from '@/components/chart-frame';
import { ChartLegend } from '@/components/chart-legend';
import { useSvgId } from '@/components/chart-marks';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { shortSource } from '@/components/provenance-badge';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { missingData } from '@/components/missing-data';
import type { SlideSpec } from '@/components/slide-spec';
import { useStableList } from '@/hooks/use-stable-list';
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
      <figcaption className="slide-chart-summary">
        {summary}
        <SummaryBadge provenances={shaped.provenances} />
      </figcaption>
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

/** An estimate says how it was made in the notes (and the exported pack) as on screen. */
const kindWords = (p: Provenance) =>
  p.kind === 'sourced' ? '' : ` [${p.kind}${p.method ? `: ${p.method.replace(/\.$/, '')}` : ''}]`;
const cite = (p: Provenance) => `Source: ${p.source}${kindWords(p)}, ${formatAsOf(p.asOf)}.`;
const summaryNote = (summary: string, provenances: readonly Provenance[]) => {
  const p = summaryProvenance(provenances);
  return p ? `${summary} [${p.kind}: ${p.method ?? ''}]` : summary;
};

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
      ...(shaped ? [summaryNote(shaped.summary, provenances)] : []),
      ...[...new Map(provenances.map((p) => [`${p.source}${p.asOf}`, p])).values()].map(cite),
      ...markers.map(
        (m) => `Marker ${m.mark}: ${formatDate(m.date)}, ${m.title} (${shortSource(m.provenance.source)}).`,
      ),
    ],
    sources: [...provenances, ...markers.map((m) => m.provenance)],
    illustrative: provenances.some((p) => p.kind === 'illustrative'),
  };
}

/** The i-th chart's part of one flat list of every chart's queries, given how many each has. */
function ownPart<T>(list: readonly T[], counts: readonly number[], i: number): T[] {
  const start = counts.slice(0, i).reduce((n, c) => n + c, 0);
  return list.slice(start, start + (counts[i] ?? 0));
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
  const counts = useStableList(perChart.map((queries) => queries.length));
  // Shaping runs when the answers, markers or years change, not on every render of the deck.
  const answers = useStableList(results.map((r) => r.data));
  const outside = useStableList(slideCharts.map((definition) => outsideSpan(definition, filters)));
  const shapedList = useMemo(
    () =>
      slideCharts.map((definition, i) => {
        const own = ownPart(answers, counts, i).map((data) => ({ data }));
        const inputs = outside[i] ? null : chartInputs(definition, own);
        return inputs ? definition.shape(inputs, markers) : null;
      }),
    [answers, counts, outside, markers],
  );
  return slideCharts.flatMap((definition, i) => {
    if (!definition.slide) return [];
    const { id, title, subtitle } = definition.slide;
    return [chartSpec(id, title, subtitle, ownPart(results, counts, i), shapedList[i] ?? null)];
  });
}
