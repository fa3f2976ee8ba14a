import '@/components/chart-frame.css';
import type { UseQueryResult } from '@tanstack/react-query';
import { ChartLegend } from '@/components/chart-legend';
import { useSvgId } from '@/components/chart-marks';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { shortSource } from '@/components/provenance-badge';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { useMilestones, useObservations } from '@/features/charts/chart-hooks';
import type { Shaped, TimeChartModel } from '@/features/charts/chart-model';
import { legendItems } from '@/features/charts/series-fill';
import { TimeChart } from '@/features/charts/time-chart';
import { toChartPptx } from '@/features/charts/to-chart-pptx';
import { toFdiChart } from '@/features/charts/to-fdi';
import { ictExportsSeries, toFiscalBars } from '@/features/charts/to-fiscal-bars';
import { missingData } from '@/features/present/missing-data';
import type { SlideSpec } from '@/features/present/slide-spec';
import { formatAsOf, formatDate } from '@/lib/format';

/** Room for the chart between a slide's title and footer, after the summary, legend and milestone key. */
const CHART_HEIGHT = 330;

interface ChartSlideBodyProps {
  title: string;
  query: UseQueryResult<Observation[]>;
  shaped: Shaped<TimeChartModel> | null;
}

/** A chart from the charts feature at slide size: summary, legend, chart, milestone key; no tabs or downloads. */
function ChartSlideBody({ title, query, shaped }: ChartSlideBodyProps) {
  const prefix = useSvgId();
  const failure = failureOf(query);
  if (failure)
    return <ErrorState error={failure} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (query.isPending) return <LoadingBlock label={title} lines={6} />;
  if (!shaped) return <EmptyState>No figures in the selected years.</EmptyState>;
  const { model, summary } = shaped;
  return (
    <figure className="slide-chart">
      <StaleNotice queries={[query]} />
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
  query: UseQueryResult<Observation[]>,
  shaped: Shaped<TimeChartModel> | null,
): SlideSpec {
  const provenances = shaped?.provenances ?? [];
  const markers = shaped?.model.markers ?? [];
  return {
    id,
    title,
    subtitle,
    render: () => <ChartSlideBody title={title} query={query} shaped={shaped} />,
    missing: missingData([[`${title} figures`, query]]),
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
 * The key charts, drawn by the charts feature's own shaping and chart components, with the same
 * filters and queries as the charts pages (so the cache answers once).
 */
export function useChartSlides(): SlideSpec[] {
  const { markers } = useMilestones();
  const fdi = useObservations(
    { indicators: ['fdi-net-total', 'fdi-net-china'], geos: ['PAK'], vintage: 'all' },
    { breakdown: false },
  );
  const exports = useObservations(
    { indicators: ['ict-exports', 'pbs-it-exports'], geos: ['PAK'] },
    { breakdown: false },
  );
  const ict = exports.data ? toFiscalBars(exports.data, 'ict-exports', ictExportsSeries, markers) : null;
  return [
    chartSpec(
      'chart-fdi',
      'Net FDI into Pakistan, and China’s part',
      'US dollars by fiscal year (July–June); China’s share above its bars',
      fdi,
      fdi.data ? toFdiChart(fdi.data, markers) : null,
    ),
    chartSpec(
      'chart-ict-exports',
      'ICT export remittances',
      'US dollars by fiscal year, State Bank of Pakistan series: telecom, computer and information services',
      exports,
      ict,
    ),
  ];
}
