import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import {
  describePeriod,
  formatPercentChange,
  formatPeriod,
  formatSignedNumber,
  formatValue,
} from '@/lib/format';
import type { Delta, Figure, Kpi, Trend } from './kpi-model';
import { lastTwo, seriesOf } from '@/domain/observation-series';

const figure = (o: Observation, unit: IndicatorUnit, label: string): Figure => ({
  label,
  display: formatValue(o.value, unit, { qualifier: o.qualifier }),
  provenance: o.provenance,
});

function direction(change: number): Delta['direction'] {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

export function percentDelta(
  current: Observation,
  prior: Observation | undefined,
  against: string,
): Delta | null {
  if (!prior || prior.value === 0) return null;
  const ratio = current.value / prior.value - 1;
  return { display: formatPercentChange(ratio), direction: direction(ratio), against };
}

export function absoluteDelta(
  current: Observation,
  prior: Observation | undefined,
  unit: IndicatorUnit,
  against: string,
): Delta | null {
  if (!prior) return null;
  const change = current.value - prior.value;
  return { display: formatSignedNumber(change, unit), direction: direction(change), against };
}

export function toTrend(series: readonly Observation[], unit: IndicatorUnit, label: string): Trend | null {
  const first = series[0];
  if (series.length < 2 || !first) return null;
  return {
    label,
    unit,
    points: series.map((o) => ({ period: o.period, position: periodPosition(o.period), value: o.value })),
    provenance: first.provenance,
  };
}

/** Pakistan's population: the 2023 census, its change since 2017, and the World Bank's estimate beside it. */
export function toPopulationKpi(
  census: readonly Observation[],
  worldBank: readonly Observation[] | undefined,
): Kpi | null {
  const [latest, prior] = lastTwo(seriesOf(census, 'population', 'PAK'));
  if (!latest) return null;
  const wbSeries = seriesOf(worldBank ?? [], 'wb:SP.POP.TOTL', 'PAK');
  const wbSame = wbSeries.find((o) => o.period === latest.period);
  return {
    headline: figure(latest, 'persons', `${latest.period} census`),
    delta: prior ? percentDelta(latest, prior, `vs ${prior.period} census`) : null,
    beside: wbSame ? [figure(wbSame, 'persons', `World Bank estimate, ${wbSame.period}`)] : [],
    trend: toTrend(wbSeries, 'persons', 'World Bank population estimate'),
  };
}

/** Young people: the sourced census under-15 share leads; the announcement's 64% stands beside it, labelled. */
export function toYouthKpi(
  observations: readonly Observation[],
  worldBank: readonly Observation[] | undefined,
): Kpi | null {
  const [latest, prior] = lastTwo(seriesOf(observations, 'share-age-0-14', 'PAK'));
  if (!latest) return null;
  const claim = seriesOf(observations, 'young-share-claimed', 'PAK').at(-1);
  const undp = seriesOf(observations, 'share-age-under-30', 'PAK').at(-1);
  return {
    headline: figure(latest, '%', `aged under 15, ${latest.period} census`),
    delta: prior ? absoluteDelta(latest, prior, '%', `vs ${prior.period} census`) : null,
    beside: [
      ...(claim ? [figure(claim, '%', `“young”, as claimed in the ${claim.period} announcement`)] : []),
      ...(undp ? [figure(undp, '%', `aged under 30, UNDP ${undp.period} (the claim's likely origin)`)] : []),
    ],
    trend: toTrend(
      seriesOf(worldBank ?? [], 'wb:SP.POP.0014.TO.ZS', 'PAK'),
      '%',
      'World Bank share aged 0–14',
    ),
  };
}

/** Special Technology Zones: the count as each date's source gave it. */
export function toZoneCountKpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'stz-count', 'PAK');
  const [latest, prior] = lastTwo(series);
  if (!latest) return null;
  return {
    headline: figure(latest, 'count', `zones, ${formatPeriod(latest.period)}`),
    delta: prior ? absoluteDelta(latest, prior, 'count', `vs ${formatPeriod(prior.period)}`) : null,
    beside: prior ? [figure(prior, 'count', `zones, ${formatPeriod(prior.period)}`)] : [],
    trend: toTrend(series, 'count', 'Zones reported at each date'),
  };
}

/** SEDA's Fortune 500 count: the two sources disagree, so both are shown and no "change" is claimed. */
export function toFortune500Kpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'seda-fortune500', 'cn-seda');
  const latest = series.at(-1);
  if (!latest) return null;
  return {
    headline: figure(latest, 'count', `claimed in ${latest.period}`),
    delta: null,
    deltaNote: series.length > 1 ? 'Sources disagree; the gap is not a trend.' : undefined,
    beside: series.slice(0, -1).map((o) => figure(o, 'count', `reported in ${o.period}`)),
    trend: null,
  };
}

/** Net FDI from China in the latest fiscal year, its change, and China's share of all FDI that year. */
export function toChinaFdiKpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'fdi-net-china', 'PAK');
  const [latest, prior] = lastTwo(series);
  if (!latest) return null;
  const total = seriesOf(observations, 'fdi-net-total', 'PAK').find((o) => o.period === latest.period);
  const beside: Figure[] = [];
  if (total) {
    beside.push({
      label: `of all net FDI in ${latest.period}`,
      display: formatValue((latest.value / total.value) * 100, '%'),
      provenance: {
        kind: 'estimate',
        source: `Derived from ${total.provenance.source}: ${formatValue(latest.value, 'USD')} ÷ ${formatValue(total.value, 'USD')}`,
        url: total.provenance.url,
        asOf: total.provenance.asOf,
      },
    });
  }
  const revisedPrior =
    prior &&
    observations.find(
      (o) => o.indicatorId === 'fdi-net-china' && o.period === prior.period && o.vintage === 'first-reported',
    );
  if (prior && revisedPrior && revisedPrior.value !== prior.value) {
    beside.push(
      figure(
        revisedPrior,
        'USD',
        `${prior.period} as first reported (revised to ${formatValue(prior.value, 'USD')})`,
      ),
    );
  }
  return {
    headline: figure(latest, 'USD', describePeriod(latest.period)),
    delta: prior ? percentDelta(latest, prior, `vs ${prior.period}`) : null,
    beside,
    trend: toTrend(series, 'USD', 'Net FDI from China by fiscal year'),
  };
}

/** ICT export remittances (SBP/MoITT series only; PBS's series is never mixed in). */
export function toIctExportsKpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'ict-exports', 'PAK');
  const [latest, prior] = lastTwo(series);
  if (!latest) return null;
  return {
    headline: figure(latest, 'USD', describePeriod(latest.period)),
    delta: prior ? percentDelta(latest, prior, `vs ${prior.period}`) : null,
    beside: [],
    trend: toTrend(series, 'USD', 'ICT export remittances by fiscal year'),
  };
}

/** Companies in the zones: the only public count is a floor from Aug 2022; nothing later is invented. */
export function toCompaniesKpi(observations: readonly Observation[]): Kpi | null {
  const latest = seriesOf(observations, 'licensed-enterprises', 'PAK').at(-1);
  if (!latest) return null;
  const eois = seriesOf(observations, 'investor-eois').at(-1);
  return {
    headline: figure(latest, 'count', `licensed by ${formatPeriod(latest.period)}`),
    delta: null,
    deltaNote: 'No later public count.',
    beside: eois ? [figure(eois, 'count', `investor EOIs, Karachi STZ, ${formatPeriod(eois.period)}`)] : [],
    trend: null,
  };
}

/** Money put into the zones themselves: one multi-zone total (Aug 2024) and one zone's project cost. */
export function toZoneInvestmentKpi(observations: readonly Observation[]): Kpi | null {
  const national = seriesOf(observations, 'stz-developer-investment', 'PAK').at(-1);
  if (!national) return null;
  const single = observations.filter(
    (o) => o.indicatorId === 'stz-developer-investment' && o.geoType === 'zone',
  );
  return {
    headline: figure(
      national,
      'PKR',
      `invested by the developers of the 4 zones notified in ${national.period}`,
    ),
    delta: null,
    deltaNote: 'No earlier total for the same zones.',
    beside: single.map((o) => figure(o, 'PKR', `project cost, Digital City Haripur, ${o.period}`)),
    trend: null,
  };
}
