/** Pure: a chart slide's speaker notes, from the same shaped figures it draws. */
import { summaryProvenance } from '@/components/chart-summary';
import { formatNote, type Note } from '@/components/note-runs';
import { shortSource } from '@/components/source-line';
import { methodText } from '@/domain/local-texts';
import type { Provenance } from '@/domain/provenance';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Shaped } from './chart-model';
import { markerTitle, type EventMarker } from './to-event-markers';

const messages = defineMessages({
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
  illustrative: {
    id: 'charts.slide.illustrative-note',
    defaultMessage:
      'Illustrative: these figures are made by the dashboard’s documented generator to show how the breakdown would look. They are not published figures; do not quote them.',
    description: 'First speaker note of a chart slide whose figures are illustrative (generated, not real).',
  },
});

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

/**
 * Illustrative figures first say so; then the summary (with its method when derived), each source
 * once with its as-of date, and each numbered milestone.
 */
export function chartNotes(
  shaped: Shaped<unknown> | null,
  markers: readonly EventMarker[],
  locale: Locale,
): Note[] {
  const provenances = shaped?.provenances ?? [];
  return [
    ...(provenances.some((p) => p.kind === 'illustrative') ? [locale.format(messages.illustrative)] : []),
    ...(shaped ? [summaryNote(shaped.summary, provenances, locale)] : []),
    ...[...new Map(provenances.map((p) => [`${p.source}${p.asOf}`, p])).values()].map((p) => cite(p, locale)),
    ...markers.map((m) =>
      locale.format(messages.marker, {
        mark: m.mark,
        date: locale.date(m.date),
        title: markerTitle(m, locale),
        source: shortSource(m.provenance.source),
      }),
    ),
  ];
}
