import { lazy } from 'react';
import { SummaryBadge } from '@/components/chart-summary';
import { ChartLegend } from '@/components/chart-legend';
import { useSvgId } from '@/components/chart-marks';
import { useLocale } from '@/components/language-provider';
import { LazyPlace } from '@/components/lazy-place';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { loadOnce } from '@/lib/load-once';
import { defineMessages } from '@/lib/messages';
import type { PanelState } from './chart-hooks';
import styles from './chart-slides.module.css';
import { legendItems } from './series-fill';
import { markerMessages, markerNotes } from './to-event-markers';
import type { SlideFigure } from './use-deck-charts';

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
});

// Recharts (about 110 KB gzip) is not needed for the deck's first slide: the slides' charts load
// beside the deck, so it paints without waiting for them. Printing and the exports wait for them
// (the slides' `ready`), and the deck asks for them in its first quiet moment.
const loadCharts = loadOnce(() => Promise.all([import('./time-chart'), import('./category-chart')]));
const TimeChart = lazy(() => loadCharts().then(([time]) => ({ default: time.TimeChart })));
const CategoryChart = lazy(() => loadCharts().then(([, category]) => ({ default: category.CategoryChart })));

/** Resolves once the slides' charts can draw (SlideSpec `ready`). */
export const chartSlidesReady = (): Promise<void> => loadCharts().then(() => undefined);

/**
 * Room for the chart between a slide's title and footer, after the summary, legend and milestone key.
 * Nastaliq's lines are about twice as tall, so in Urdu the text around the chart takes ~80 px more.
 */
const chartHeight = (lang: string) => (lang === 'ur' ? 250 : 330);

interface ChartSlideBodyProps {
  title: string;
  state: PanelState;
  figure: SlideFigure;
}

/** A chart from the charts feature at slide size: summary, legend, chart, milestone key; no tabs or downloads. */
export function ChartSlideBody({ title, state, figure }: ChartSlideBodyProps) {
  const prefix = useSvgId();
  const locale = useLocale();
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={state.onRetry} retrying={state.retrying} />;
  if (state.status === 'pending') return <LoadingBlock label={title} lines={6} />;
  if (!figure.shaped) return <EmptyState>{locale.format(messages.empty)}</EmptyState>;
  const { model, summary, provenances } = figure.shaped;
  const markers = figure.kind === 'time' ? figure.shaped.model.markers : [];
  return (
    <figure className={styles.chart}>
      <StaleNotice queries={state.queries} />
      <figcaption className={styles.summary}>
        {summary}
        <SummaryBadge provenances={provenances} />
      </figcaption>
      <ChartLegend
        items={legendItems(model.series, model.data, prefix, locale)}
        label={locale.format(messages.key, { title })}
      />
      <LazyPlace loading={<div style={{ height: chartHeight(locale.lang) }} aria-hidden="true" />}>
        {figure.kind === 'time' ? (
          <TimeChart
            model={figure.shaped.model}
            prefix={prefix}
            label={title}
            height={chartHeight(locale.lang)}
          />
        ) : (
          <CategoryChart
            model={figure.shaped.model}
            prefix={prefix}
            label={title}
            height={chartHeight(locale.lang)}
          />
        )}
      </LazyPlace>
      {markers.length > 0 && (
        <ol className={styles.markers} aria-label={locale.format(markerMessages.notesLabel)}>
          {markerNotes(markers, locale).map((note) => (
            <li key={note.mark}>
              <strong>{note.mark}</strong> {note.text}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
