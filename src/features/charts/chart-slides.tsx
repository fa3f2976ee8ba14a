/**
 * The deck's chart slides: every definition with a `slide` (`deckCharts` in chart-tables.ts), of
 * any kind, drawn by the same shaping and chart components as the charts pages.
 */
import { useEffect } from 'react';
import { useLocale } from '@/components/language-provider';
import { takeIdleTurn } from '@/lib/idle-turns';
import { missingData } from '@/components/missing-data';
import type { SlideSpec } from '@/components/slide-spec';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { ChartSlideBody, chartSlidesReady } from './chart-slide-body';
import { chartNotes } from './chart-slide-notes';
import { panelState } from './chart-hooks';
import { toCategoryPptx, toChartPptx } from './to-chart-pptx';
import { useDeckCharts, type DeckChart, type SlideFigure } from './use-deck-charts';

const messages = defineMessages({
  figures: {
    id: 'charts.slide.missing',
    defaultMessage: '{title} figures',
    description: 'What is missing when a chart slide’s data failed to load; title is the slide’s title.',
  },
});

const pptxBody = (title: string, figure: SlideFigure, locale: Locale) => {
  if (figure.kind === 'time')
    return figure.shaped
      ? { kind: 'chart' as const, chart: toChartPptx(title, figure.shaped, locale) }
      : null;
  return figure.shaped
    ? { kind: 'chart' as const, chart: toCategoryPptx(title, figure.shaped, locale) }
    : null;
};

function chartSpec(chart: DeckChart, locale: Locale): SlideSpec {
  const { figure, queries } = chart;
  const title = locale.format(chart.slide.title);
  const provenances = figure.shaped?.provenances ?? [];
  const markers = figure.kind === 'time' ? (figure.shaped?.model.markers ?? []) : [];
  const state = panelState(queries);
  return {
    id: chart.slide.id,
    title,
    subtitle: locale.format(chart.slide.subtitle, chart.subtitleValues),
    render: () => <ChartSlideBody title={title} state={state} figure={figure} />,
    ready: chartSlidesReady,
    // One gap per slide, however many of its queries failed; Retry refetches them all.
    missing: missingData(
      queries.map((query) => [locale.format(messages.figures, { title }), query] as const),
      locale,
    )
      .slice(0, 1)
      .map((gap) => ({ ...gap, retry: state.onRetry })),
    pptx: () => pptxBody(title, figure, locale),
    notes: chartNotes(figure.shaped, markers, locale),
    sources: [...provenances, ...markers.map((m) => m.provenance)],
    illustrative: provenances.some((p) => p.kind === 'illustrative'),
  };
}

/** The deck's chart slides, in `deckCharts` order, with the same filters and queries as the pages. */
export function useChartSlides(): SlideSpec[] {
  const locale = useLocale();
  // The charts' code, in the deck's first quiet moment: ready before the presenter reaches a chart.
  useEffect(() => takeIdleTurn(() => void chartSlidesReady().catch(() => {})), []);
  return useDeckCharts().map((chart) => chartSpec(chart, locale));
}
