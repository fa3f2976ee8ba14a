import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { formatAxisValue, type CategoryChartModel, type Shaped } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesPaint } from './palette';
import { columnMessages } from '@/lib/column-messages';
import { unsigned } from './summaries';

const messages = defineMessages({
  province: {
    id: 'charts.provinces.name',
    defaultMessage:
      '{code, select, PB {Punjab} SD {Sindh} KP {Khyber Pakhtunkhwa} BA {Balochistan} IS {Islamabad (ICT)} TA {FATA (merged into KP, 2018)} GB {Gilgit-Baltistan} JK {Azad Jammu and Kashmir} other {{code}}}',
    description:
      'A province or territory of Pakistan by its ISO 3166-2 code (PK-PB …); FATA merged into Khyber Pakhtunkhwa in 2018.',
  },
  heading: {
    id: 'charts.provinces.heading',
    defaultMessage: '{province}, {year} census',
    description: 'Tooltip heading: a province and the census year.',
  },
  popSeries: {
    id: 'charts.provinces.population-series',
    defaultMessage: 'Population, {year} census',
    description: 'Legend key.',
  },
  urbanSeries: {
    id: 'charts.provinces.urban-series',
    defaultMessage: 'Urban share, {year} census',
    description: 'Legend key.',
  },
  colProvince: {
    id: 'charts.provinces.column-province',
    defaultMessage: 'Province or territory',
    description: 'Table header.',
  },
  colCensus: {
    id: 'charts.provinces.column-census',
    defaultMessage: 'Census',
    description: 'Table header: census year.',
  },
  colUrban: {
    id: 'charts.provinces.column-urban',
    defaultMessage: 'Urban share (%)',
    description: 'Table header.',
  },
  national: {
    id: 'charts.provinces.national',
    defaultMessage: 'Pakistan (national)',
    description: 'Table cell: the national figure beside the provinces.',
  },
  reference: {
    id: 'charts.provinces.reference',
    defaultMessage: 'Pakistan {value}',
    description: 'Label of the line across the chart at the national urban share; value is a percentage.',
  },
  popSummary: {
    id: 'charts.provinces.population-summary',
    defaultMessage:
      '{province} is by far the most populous province, with {value} people in the {year} census{hasShare, select, yes { (about {share} of the national count)} other {}}.',
    description: 'Summary; value is a number of people, share a percentage.',
  },
  urbanSummary: {
    id: 'charts.provinces.urban-summary',
    defaultMessage:
      '{top} is the most urban at {topValue} and {bottom} the least at {bottomValue}{hasNational, select, yes {, against {national} nationally ({year} census).} other { ({year} census).}}',
    description: 'Summary; top and bottom are provinces, the values percentages.',
  },
});

/** ISO 3166-2 codes as people name them; the census reports by these units. */
const nameOf = (geo: string, locale: Locale) =>
  /^PK-[A-Z]{2}$/.test(geo) ? locale.format(messages.province, { code: geo.slice(3) }) : geo;

/** The latest census year with figures for the provinces, and those figures, largest first. */
function latestProvinces(observations: readonly Observation[], indicatorId: string): Observation[] {
  const rows = observations.filter((o) => o.indicatorId === indicatorId && o.geoType === 'province');
  const latest = rows.reduce((max, o) => (o.period > max ? o.period : max), '');
  return rows.filter((o) => o.period === latest).sort((a, b) => b.value - a.value);
}

/** The year of the latest census with provincial population figures, '' when there is none. */
export const latestCensusYear = (observations: readonly Observation[]): string =>
  latestProvinces(observations, 'population')[0]?.period ?? '';

function provinceChart(
  list: readonly Observation[],
  unit: 'persons' | '%',
  valueHeader: string,
  label: string,
  locale: Locale,
): Omit<Shaped<CategoryChartModel>, 'summary'> {
  const data = list.map((o) => {
    const name = nameOf(o.geo, locale);
    const heading = locale.format(messages.heading, { province: name, year: locale.period(o.period) });
    const d = emptyDatum(o.geo, name, heading);
    setValue(d, 'value', o, unit, locale);
    d.labels = {
      value: unit === '%' ? locale.value(o.value, '%') : formatAxisValue(o.value, unit, locale, 2),
    };
    return d;
  });
  return {
    model: {
      unit,
      layout: 'bars',
      stacked: false,
      series: [
        { key: 'value', label, paint: unit === '%' ? seriesPaint.urban : seriesPaint.pakistan, type: 'bar' },
      ],
      data,
    },
    table: {
      columns: [
        { key: 'province', header: locale.format(messages.colProvince) },
        { key: 'period', header: locale.format(messages.colCensus) },
        { key: 'value', header: valueHeader, numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(
          `${o.geo}-${o.period}`,
          o,
          unit,
          { province: nameOf(o.geo, locale), period: o.period },
          locale,
        ),
      ),
    },
    provenances: list.map((o) => o.provenance),
  };
}

export function toProvincePopulation(
  observations: readonly Observation[],
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const list = latestProvinces(observations, 'population');
  const top = list[0];
  if (!top) return null;
  const national = observations.find(
    (o) => o.indicatorId === 'population' && o.geo === 'PAK' && o.period === top.period,
  );
  const year = locale.period(top.period);
  return {
    ...provinceChart(
      list,
      'persons',
      locale.format(columnMessages.population),
      locale.format(messages.popSeries, { year }),
      locale,
    ),
    summary: locale.format(messages.popSummary, {
      province: nameOf(top.geo, locale),
      value: locale.value(top.value, 'persons'),
      year,
      hasShare: national ? 'yes' : 'no',
      share: national ? unsigned(locale.percentChange(top.value / national.value)) : '',
    }),
  };
}

export function toUrbanShare(
  observations: readonly Observation[],
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const list = latestProvinces(observations, 'urban-share');
  const top = list[0];
  const bottom = list.at(-1);
  if (!top || !bottom) return null;
  const national = observations.find(
    (o) => o.indicatorId === 'urban-share' && o.geo === 'PAK' && o.period === top.period,
  );
  const year = locale.period(top.period);
  const shaped = provinceChart(
    list,
    '%',
    locale.format(messages.colUrban),
    locale.format(messages.urbanSeries, { year }),
    locale,
  );
  if (national) {
    shaped.model.reference = {
      value: national.value,
      label: locale.format(messages.reference, { value: locale.value(national.value, '%') }),
    };
    shaped.provenances.push(national.provenance);
    shaped.table.rows.push(
      figureRow(
        `PAK-${national.period}`,
        national,
        '%',
        { province: locale.format(messages.national), period: national.period },
        locale,
      ),
    );
  }
  return {
    ...shaped,
    summary: locale.format(messages.urbanSummary, {
      top: nameOf(top.geo, locale),
      topValue: locale.value(top.value, '%'),
      bottom: nameOf(bottom.geo, locale),
      bottomValue: locale.value(bottom.value, '%'),
      hasNational: national ? 'yes' : 'no',
      national: national ? locale.value(national.value, '%') : '',
      year,
    }),
  };
}
