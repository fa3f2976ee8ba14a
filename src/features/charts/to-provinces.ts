import type { Observation } from '@/domain/observation';
import { formatPercentChange, formatValue } from '@/lib/format';
import { formatAxisValue, type CategoryChartModel, type Shaped } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesPaint } from './palette';

/** ISO 3166-2 codes as people name them; the census reports by these units. */
const provinceNames: Record<string, string> = {
  'PK-PB': 'Punjab',
  'PK-SD': 'Sindh',
  'PK-KP': 'Khyber Pakhtunkhwa',
  'PK-BA': 'Balochistan',
  'PK-IS': 'Islamabad (ICT)',
  'PK-TA': 'FATA (merged into KP, 2018)',
  'PK-GB': 'Gilgit-Baltistan',
  'PK-JK': 'Azad Jammu and Kashmir',
};
const nameOf = (geo: string) => provinceNames[geo] ?? geo;

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
): Omit<Shaped<CategoryChartModel>, 'summary'> {
  const data = list.map((o) => {
    const d = emptyDatum(o.geo, nameOf(o.geo), `${nameOf(o.geo)}, ${o.period} census`);
    setValue(d, 'value', o, unit);
    d.labels = { value: unit === '%' ? formatValue(o.value, '%') : formatAxisValue(o.value, unit, 2) };
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
        { key: 'province', header: 'Province or territory' },
        { key: 'period', header: 'Census' },
        { key: 'value', header: valueHeader, numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(`${o.geo}-${o.period}`, o, unit, { province: nameOf(o.geo), period: o.period }),
      ),
    },
    provenances: list.map((o) => o.provenance),
  };
}

export function toProvincePopulation(
  observations: readonly Observation[],
): Shaped<CategoryChartModel> | null {
  const list = latestProvinces(observations, 'population');
  const top = list[0];
  if (!top) return null;
  const national = observations.find(
    (o) => o.indicatorId === 'population' && o.geo === 'PAK' && o.period === top.period,
  );
  const share = national
    ? ` (about ${formatPercentChange(top.value / national.value).slice(1)} of the national count)`
    : '';
  return {
    ...provinceChart(list, 'persons', 'Population (persons)', `Population, ${top.period} census`),
    summary: `${nameOf(top.geo)} is by far the most populous province, with ${formatValue(top.value, 'persons')} people in the ${top.period} census${share}.`,
  };
}

export function toUrbanShare(observations: readonly Observation[]): Shaped<CategoryChartModel> | null {
  const list = latestProvinces(observations, 'urban-share');
  const top = list[0];
  const bottom = list.at(-1);
  if (!top || !bottom) return null;
  const national = observations.find(
    (o) => o.indicatorId === 'urban-share' && o.geo === 'PAK' && o.period === top.period,
  );
  const shaped = provinceChart(list, '%', 'Urban share (%)', `Urban share, ${top.period} census`);
  if (national) {
    shaped.model.reference = { value: national.value, label: `Pakistan ${formatValue(national.value, '%')}` };
    shaped.provenances.push(national.provenance);
    shaped.table.rows.push(
      figureRow(`PAK-${national.period}`, national, '%', {
        province: 'Pakistan (national)',
        period: national.period,
      }),
    );
  }
  return {
    ...shaped,
    summary:
      `${nameOf(top.geo)} is the most urban at ${formatValue(top.value, '%')} and ${nameOf(bottom.geo)} the least at ${formatValue(bottom.value, '%')}` +
      (national
        ? `, against ${formatValue(national.value, '%')} nationally (${top.period} census).`
        : ` (${top.period} census).`),
  };
}
