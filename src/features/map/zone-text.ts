/** Pure: a zone's facts in words, in the reader's language (the tooltip and the list share them). */
import { shortSource } from '@/components/source-line';
import type { Zone } from '@/domain/zone';
import type { Locale } from '@/lib/locale';
import { defineMessages, type Translator } from '@/lib/messages';
import { placeName } from './place-names';
import { localText } from '@/domain/local-texts';
import { metricSpecs, type ZoneFigure } from './to-zone-metrics';

const messages = defineMessages({
  area: {
    id: 'map.zone.area',
    defaultMessage: '{unit, select, acres {{value} acres} sqft {{value} sq ft} other {{value} km²}}',
    description: 'A zone’s area: value is a formatted number.',
  },
  areaNote: {
    id: 'map.zone.area-note',
    defaultMessage: '{area} ({note})',
    description: 'An area with the source’s note on it (the data’s translation, or English).',
  },
  notGiven: {
    id: 'map.zone.not-given',
    defaultMessage: 'not given',
    description: 'In place of a zone’s area or developer when the source gave none.',
  },
  noDates: {
    id: 'map.zone.no-dates',
    defaultMessage: 'none given',
    description: 'In place of a zone’s dates when the source gave none.',
  },
  date: {
    id: 'map.zone.date',
    defaultMessage:
      '{kind, select, established {established} state {state level} launched {launched} notified {notified} approved {approved} other {withdrawn}} {date}',
    description:
      'One dated step in a zone’s history ("notified 6 Jan 2022"); "state level": approved at state level.',
  },
  dateSourced: {
    id: 'map.zone.date-sourced',
    defaultMessage: '{step} ({source}, {asOf})',
    description:
      'A dated step with its own source, when that is not the zone’s; asOf reads "as of 5 Aug 2023".',
  },
  figure: {
    id: 'map.zone.figure',
    defaultMessage: '{value} ({period})',
    description: 'A zone figure with the period it is for ("12 (FY2024)").',
  },
  approximate: {
    id: 'map.zone.location-approximate',
    defaultMessage: "Location approximate: the centre of {city}, not the zone's site.",
    description: 'Where a zone is drawn: the source only names the city.',
  },
  site: {
    id: 'map.zone.location-site',
    defaultMessage: 'Site coordinates.',
    description: 'Where a zone is drawn: at its own site.',
  },
  disputed: {
    id: 'map.zone.location-disputed',
    defaultMessage: '{location} In the disputed Kashmir region.',
    description: 'Adds that a zone lies in the disputed Kashmir region; location is the sentence before.',
  },
});

/** Clauses in a row: "; " in English, the full-width semicolon in Chinese, the Arabic one in Urdu. */
export const joinClauses = (t: Translator, clauses: readonly string[]) =>
  clauses.join(t.lang === 'zh-Hans' ? '；' : t.lang === 'ur' ? '؛ ' : '; ');

export function formatArea(area: Zone['area'], locale: Locale): string {
  if (!area) return locale.format(messages.notGiven);
  const unit = area.unit === 'sq ft' ? 'sqft' : area.unit === 'km²' ? 'km2' : area.unit;
  const text = locale.format(messages.area, { unit, value: locale.number(area.value) });
  const note = localText(area, 'note', locale.lang)?.text;
  return note ? locale.format(messages.areaNote, { area: text, note }) : text;
}

/** Each date with its own source when that is not the zone's (a later report of a withdrawal, say). */
/** One dated step in words ("notified 6 Jan 2022"). */
const dateStep = (d: Zone['dates'][number], locale: Locale) =>
  locale.format(messages.date, {
    kind: d.kind === 'state-level' ? 'state' : d.kind,
    date: locale.date(d.date),
  });

/**
 * A dated step with its own source (a later report of a withdrawal) as parts, the source drawn by
 * `source` (a link, on the page), in the language's order.
 */
export function sourcedDateParts<T>(
  d: Zone['dates'][number] & { provenance: NonNullable<Zone['dates'][number]['provenance']> },
  locale: Locale,
  source: (text: string) => T,
): (string | T)[] {
  return locale.formatRich<T>(messages.dateSourced, {
    step: dateStep(d, locale),
    source: source(shortSource(d.provenance.source)),
    asOf: locale.asOf(d.provenance.asOf),
  });
}

export function formatDates(dates: Zone['dates'], locale: Locale): string {
  if (dates.length === 0) return locale.format(messages.noDates);
  return joinClauses(
    locale,
    dates.map((d) => {
      const step = dateStep(d, locale);
      return d.provenance
        ? locale.format(messages.dateSourced, {
            step,
            source: shortSource(d.provenance.source),
            asOf: locale.asOf(d.provenance.asOf),
          })
        : step;
    }),
  );
}

export const figureText = (figure: ZoneFigure, locale: Locale): string =>
  locale.format(messages.figure, {
    value: locale.value(figure.value, metricSpecs[figure.metric].unit),
    period: locale.period(figure.period),
  });

export function locationText(zone: Zone, disputed: boolean, locale: Locale): string {
  const location =
    zone.coordinates.precision === 'city-centroid'
      ? locale.format(messages.approximate, { city: placeName(zone.city, locale.lang).text })
      : locale.format(messages.site);
  return disputed ? locale.format(messages.disputed, { location }) : location;
}

export const notGiven = (t: Translator) => t.format(messages.notGiven);
