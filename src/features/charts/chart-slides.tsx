import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SummaryBadge, summaryProvenance } from '@/components/chart-summary';
import { ChartLegend } from '@/components/chart-legend';
import { useSvgId } from '@/components/chart-marks';
import { useLocale } from '@/components/language-provider';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice } from '@/components/panel-states';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { missingData } from '@/components/missing-data';
import { formatNote, type Note } from '@/components/note-runs';
import { methodText } from '@/domain/local-texts';
import { shortSource } from '@/components/source-line';
import type { SlideSpec } from '@/components/slide-spec';
import { useStableList } from '@/hooks/use-stable-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import { toChartPptx } from './to-chart-pptx';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { panelState, useMilestones, type PanelState } from './chart-hooks';
import { chartInputs, chartQueries, outsideSpan } from './chart-queries';
import type { Shaped, TimeChartModel } from './chart-model';
import styles from './chart-slides.module.css';
import { legendItems } from './series-fill';
import { TimeChart } from './time-chart';
import { slideCharts } from './time-chart-definitions';
import { markerMessages, markerNotes, markerTitle } from './to-event-markers';

const messages = defineMessages({
  empty: {
    id: 'charts.slide.empty',
    defaultMessage: 'No figures in the selected years.',
    description: 'A chart slide with nothing to draw for the chosen years.',
  },
  key: {
    id: 'charts.slide.legend',
    defaultMessage: 'Key to {title}',
    description: 'Accessible name of a chart slide’s legend; title is the slide’s title.',
  },
  cite: {
    id: 'charts.slide.cite',
    defaultMessage:
      'Source: {source}{kind, select, sourced {} announcement { [announcement]} estimate { [estimate]} other { [illustrative]}}, {asOf}.',
    description:
      'Speaker note naming a source of the slide’s figures; asOf is "as of 16 Aug 2024" or says the date is not given.',
  },
  citeMethod: {
    id: 'charts.slide.cite-method',
    defaultMessage:
      'Source: {source} [{kind, select, announcement {announcement} estimate {estimate} other {illustrative}}: {method}], {asOf}.',
    description:
      'Speaker note naming a source of the slide’s figures with how they were made (method: a sentence from the data, in English).',
  },
  summaryNote: {
    id: 'charts.slide.summary-note',
    defaultMessage:
      '{summary} [{kind, select, announcement {announcement} estimate {estimate} other {illustrative}}: {method}]',
    description:
      'Speaker note: the chart’s summary sentence, then the kind of its weakest figure and how the summary was computed.',
  },
  marker: {
    id: 'charts.slide.marker-note',
    defaultMessage: 'Marker {mark}: {date}, {title} ({source}).',
    description: 'Speaker note for a numbered milestone on the chart.',
  },
  figures: {
    id: 'charts.slide.missing',
    defaultMessage: '{title} figures',
    description: 'What is missing when a chart slide’s data failed to load; title is the slide’s title.',
  },
});

/**
 * Room for the chart between a slide's title and footer, after the summary, legend and milestone key.
 * Nastaliq's lines are about twice as tall, so in Urdu the text around the chart takes ~80 px more.
 */
const chartHeight = (lang: string) => (lang === 'ur' ? 250 : 330);

interface ChartSlideBodyProps {
  title: string;
  state: PanelState;
  shaped: Shaped<TimeChartModel> | null;
}

/** A chart from the charts feature at slide size: summary, legend, chart, milestone key; no tabs or downloads. */
function ChartSlideBody({ title, state, shaped }: ChartSlideBodyProps) {
  const prefix = useSvgId();
  const locale = useLocale();
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={state.onRetry} retrying={state.retrying} />;
  if (state.status === 'pending') return <LoadingBlock label={title} lines={6} />;
  if (!shaped) return <EmptyState>{locale.format(messages.empty)}</EmptyState>;
  const { model, summary } = shaped;
  return (
    <figure className={styles.chart}>
      <StaleNotice queries={state.queries} />
      <figcaption className={styles.summary}>
        {summary}
        <SummaryBadge provenances={shaped.provenances} />
      </figcaption>
      <ChartLegend
        items={legendItems(model.series, model.data, prefix, locale)}
        label={locale.format(messages.key, { title })}
      />
      <TimeChart model={model} prefix={prefix} label={title} height={chartHeight(locale.lang)} />
      {model.markers.length > 0 && (
        <ol className={styles.markers} aria-label={locale.format(markerMessages.notesLabel)}>
          {markerNotes(model.markers, locale).map((note) => (
            <li key={note.mark}>
              <strong>{note.mark}</strong> {note.text}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

/** Source titles are never translated; a method is in the reader's language or English, marked. */
const cite = (p: Provenance, locale: Locale): Note => {
  const source = { text: p.source, lang: 'en' };
  const method = p.kind !== 'sourced' ? methodText(p, locale.lang) : undefined;
  return method
    ? formatNote(locale, messages.citeMethod, { source, kind: p.kind, method, asOf: locale.asOf(p.asOf) })
    : formatNote(locale, messages.cite, { source, kind: p.kind, asOf: locale.asOf(p.asOf) });
};
/** An estimate says how it was made in the notes (and the exported pack) as on screen. */
const summaryNote = (summary: string, provenances: readonly Provenance[], locale: Locale) => {
  const p = summaryProvenance(provenances, locale);
  return p ? locale.format(messages.summaryNote, { summary, kind: p.kind, method: p.method ?? '' }) : summary;
};

function chartSpec(
  id: string,
  title: string,
  subtitle: string,
  queries: readonly UseQueryResult<Observation[]>[],
  shaped: Shaped<TimeChartModel> | null,
  locale: Locale,
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
    missing: missingData(queries.map((query) => [locale.format(messages.figures, { title }), query] as const))
      .slice(0, 1)
      .map((gap) => ({ ...gap, retry: state.onRetry })),
    pptx: () => (shaped ? { kind: 'chart', chart: toChartPptx(title, shaped, locale) } : null),
    notes: [
      ...(shaped ? [summaryNote(shaped.summary, provenances, locale)] : []),
      ...[...new Map(provenances.map((p) => [`${p.source}${p.asOf}`, p])).values()].map((p) =>
        cite(p, locale),
      ),
      ...markers.map((m) =>
        locale.format(messages.marker, {
          mark: m.mark,
          date: locale.date(m.date),
          title: markerTitle(m, locale),
          source: shortSource(m.provenance.source),
        }),
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
  const locale = useLocale();
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
        return inputs ? definition.shape(inputs, markers, locale) : null;
      }),
    [answers, counts, outside, markers, locale],
  );
  return slideCharts.flatMap((definition, i) => {
    if (!definition.slide) return [];
    const { id, title, subtitle } = definition.slide;
    return [
      chartSpec(
        id,
        locale.format(title),
        locale.format(subtitle),
        ownPart(results, counts, i),
        shapedList[i] ?? null,
        locale,
      ),
    ];
  });
}
