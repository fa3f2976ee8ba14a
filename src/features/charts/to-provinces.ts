import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { provinceMessages as messages } from './province-messages';
import { formatAxisValue, type CategoryChartModel, type Shaped } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesPaint } from './palette';
import { columnMessages } from '@/lib/column-messages';
import { unsigned } from './summaries';

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
