import type { Observation } from '@/domain/observation';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { changeSince } from './summaries';
import { periodAxis } from './period-axis';
import { periodMidpoint } from './time-axis';
import type { EventMarker } from './to-event-markers';
import type { Country } from './to-population';
import { columnMessages } from '@/lib/column-messages';

const YOUNG = 'wb:SP.POP.0014.TO.ZS';
const OLD = 'wb:SP.POP.65UP.TO.ZS';

const messages = defineMessages({
  young: {
    id: 'charts.age.series-young',
    defaultMessage: 'Aged 0–14',
    description: 'Legend key: age group.',
  },
  working: {
    id: 'charts.age.series-working',
    defaultMessage: 'Aged 15–64 (derived: 100 − others)',
    description: 'Legend key: age group, computed as 100 minus the other two shares.',
  },
  old: {
    id: 'charts.age.series-old',
    defaultMessage: 'Aged 65 and over',
    description: 'Legend key: age group.',
  },
  groupYoung: { id: 'charts.age.group-young', defaultMessage: '0–14', description: 'Table cell: age group.' },
  groupWorking: {
    id: 'charts.age.group-working',
    defaultMessage: '15–64 (derived)',
    description: 'Table cell: age group, computed by the dashboard.',
  },
  groupOld: {
    id: 'charts.age.group-old',
    defaultMessage: '65 and over',
    description: 'Table cell: age group.',
  },
  method: {
    id: 'charts.age.method',
    defaultMessage:
      'Computed by the dashboard: 100 − the World Bank shares aged 0–14 (SP.POP.0014.TO.ZS) and 65+ (SP.POP.65UP.TO.ZS), same year.',
    description: 'How the 15–64 share is derived; keep the World Bank codes as they are.',
  },
  colGroup: { id: 'charts.age.column-group', defaultMessage: 'Age group', description: 'Table header.' },
  colValue: {
    id: 'charts.age.column-value',
    defaultMessage: 'Share of population (%)',
    description: 'Table header.',
  },
  summary: {
    id: 'charts.age.summary',
    defaultMessage:
      "In {period}, {young} of {country, select, PAK {Pakistan's} other {China's}} people were aged 0–14{youngChange, select, none {} other { ({youngChange})}} and {old} were 65 or over{oldChange, select, none {} other { ({oldChange})}}; the 15–64 share, derived as the rest, was {working}.",
    description:
      'Age structure summary. young, old and working are percentages; youngChange a clause such as "down 2.66 pts since 2010", oldChange "up 0.59 pts", or "none".',
  },
});

const ageSeries = (locale: Locale): SeriesSpec[] => [
  {
    key: 'young',
    label: locale.format(messages.young),
    paint: seriesPaint.young,
    type: 'area',
    stackId: 'age',
  },
  // The World Bank publishes no 15–64 share here; it is derived, so it is hatched and marked estimate.
  {
    key: 'working',
    label: locale.format(messages.working),
    paint: seriesPaint.working,
    type: 'area',
    stackId: 'age',
    pattern: 'diagonal',
  },
  { key: 'old', label: locale.format(messages.old), paint: seriesPaint.old, type: 'area', stackId: 'age' },
];

function derived(young: Provenance, old: Provenance, locale: Locale): Provenance {
  return {
    ...derivedProvenance([young, old], { text: locale.format(messages.method), lang: locale.lang }),
    source: 'Derived: 100 − World Bank WDI shares aged 0–14 (SP.POP.0014.TO.ZS) and 65+ (SP.POP.65UP.TO.ZS)',
  };
}

/** Shares of the population by broad age group, stacked to 100%, for one country. */
export function toAgeStructure(
  worldBank: readonly Observation[],
  country: Country,
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  const young = seriesOf(worldBank, YOUNG, country);
  const old = seriesOf(worldBank, OLD, country);
  const rows: FigureRow[] = [];
  const provenances: Provenance[] = [];
  const data = young.flatMap((y) => {
    const o = old.find((x) => x.period === y.period);
    if (!o) return [];
    const working = {
      value: Math.round((100 - y.value - o.value) * 100) / 100,
      provenance: derived(y.provenance, o.provenance, locale),
    };
    const d = emptyDatum(y.period, periodMidpoint(y.period), locale.describePeriod(y.period));
    for (const [key, figure, group] of [
      ['young', y, messages.groupYoung],
      ['working', working, messages.groupWorking],
      ['old', o, messages.groupOld],
    ] as const) {
      setValue(d, key, figure, '%', locale);
      rows.push(
        figureRow(
          `${key}-${y.period}`,
          figure,
          '%',
          { period: y.period, group: locale.format(group) },
          locale,
        ),
      );
      provenances.push(figure.provenance);
    }
    return [d];
  });
  if (data.length === 0) return null;
  return {
    model: {
      unit: '%',
      series: ageSeries(locale),
      data,
      ...periodAxis(data, markers, locale),
      percentOfWhole: true,
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(columnMessages.year) },
        { key: 'group', header: locale.format(messages.colGroup) },
        { key: 'value', header: locale.format(messages.colValue), numeric: true },
      ],
      rows,
    },
    provenances,
    summary: ageSummary(country, data, locale),
  };
}

function ageSummary(country: Country, data: TimeChartModel['data'], locale: Locale): string {
  const first = data[0];
  const last = data.at(-1);
  if (!first || !last) return '';
  const point = (d: typeof first, key: string) => ({ period: d.key, value: d.values[key] ?? 0 });
  const change = (key: string, since: boolean) =>
    data.length > 1 ? changeSince(point(first, key), point(last, key), '%', locale, { since }) : 'none';
  return locale.format(messages.summary, {
    period: locale.period(last.key),
    country,
    young: locale.value(last.values.young ?? 0, '%'),
    youngChange: change('young', true),
    old: locale.value(last.values.old ?? 0, '%'),
    oldChange: change('old', false),
    working: locale.value(last.values.working ?? 0, '%'),
  });
}
