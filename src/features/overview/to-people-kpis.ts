import type { Observation } from '@/domain/observation';
import { lastTwo, seriesOf } from '@/domain/observation-series';
import type { Locale } from '@/lib/locale';
import { absoluteDelta, figure, percentDelta, toTrend } from './kpi-figures';
import type { Kpi } from './kpi-model';
import { kpiMessages as m } from './kpi-messages';

/** Pakistan's population: the 2023 census, its change since 2017, and the World Bank's estimate beside it. */
export function toPopulationKpi(
  census: readonly Observation[],
  worldBank: readonly Observation[] | undefined,
  locale: Locale,
): Kpi | null {
  const [latest, prior] = lastTwo(seriesOf(census, 'population', 'PAK'));
  if (!latest) return null;
  const wbSeries = seriesOf(worldBank ?? [], 'wb:SP.POP.TOTL', 'PAK');
  const wbSame = wbSeries.find((o) => o.period === latest.period);
  const t = locale;
  return {
    headline: figure(latest, 'persons', t.format(m.census, { period: t.period(latest.period) }), t),
    delta: prior
      ? percentDelta(latest, prior, t.format(m.vsCensus, { period: t.period(prior.period) }), 'persons', t)
      : null,
    beside: wbSame
      ? [figure(wbSame, 'persons', t.format(m.wbEstimate, { period: t.period(wbSame.period) }), t)]
      : [],
    trend: toTrend(wbSeries, 'persons', t.format(m.wbTrend), t),
  };
}

/** Young people: the sourced census under-15 share leads; the announcement's 64% stands beside it, labelled. */
export function toYouthKpi(
  observations: readonly Observation[],
  worldBank: readonly Observation[] | undefined,
  locale: Locale,
): Kpi | null {
  const [latest, prior] = lastTwo(seriesOf(observations, 'share-age-0-14', 'PAK'));
  if (!latest) return null;
  const claim = seriesOf(observations, 'young-share-claimed', 'PAK').at(-1);
  const undp = seriesOf(observations, 'share-age-under-30', 'PAK').at(-1);
  const t = locale;
  const at = (o: Observation) => ({ period: t.period(o.period) });
  return {
    headline: figure(latest, '%', t.format(m.under15, at(latest)), t),
    delta: prior ? absoluteDelta(latest, prior, '%', t.format(m.vsCensus, at(prior)), t) : null,
    beside: [
      ...(claim ? [figure(claim, '%', t.format(m.claimedYoung, at(claim)), t)] : []),
      ...(undp ? [figure(undp, '%', t.format(m.under30, at(undp)), t)] : []),
    ],
    trend: toTrend(seriesOf(worldBank ?? [], 'wb:SP.POP.0014.TO.ZS', 'PAK'), '%', t.format(m.youthTrend), t),
  };
}
