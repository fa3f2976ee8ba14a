import type { Observation } from '@/domain/observation';
import { derivedProvenance } from '@/domain/provenance';
import { lastTwo, seriesOf } from '@/domain/observation-series';
import { priorOfSameVintage, sameVintageShare } from '@/domain/vintage';
import type { Locale } from '@/lib/locale';
import { described, figure, percentDelta, toTrend } from './kpi-figures';
import type { Figure, Kpi } from './kpi-model';
import { kpiMessages as m } from './kpi-messages';

const vintageKey = (o: Observation | undefined) =>
  o?.vintage === 'revised' ? 'revised' : o?.vintage === 'first-reported' ? 'first' : 'none';

/**
 * Net FDI from China in the latest fiscal year, its change against the prior year as reported in
 * the same round, and China's share of all FDI from figures of one round; a revised prior year
 * shows its first-reported value beside it.
 */
export function toChinaFdiKpi(observations: readonly Observation[], locale: Locale): Kpi | null {
  const series = seriesOf(observations, 'fdi-net-china', 'PAK');
  const [latest, latestPrior] = lastTwo(series);
  if (!latest) return null;
  const t = locale;
  const prior = priorOfSameVintage(observations, latest, latestPrior);
  const beside: Figure[] = [];
  const share = sameVintageShare(observations, 'fdi-net-china', 'fdi-net-total', latest.period);
  if (share) {
    const { part: china, whole: total } = share;
    beside.push({
      label: t.format(m.fdiShare, { period: t.period(latest.period) }),
      display: t.value(share.value, '%'),
      provenance: derivedProvenance([china.provenance, total.provenance], {
        text: t.format(m.fdiShareMethod, {
          china: described(china, 'USD', t),
          total: described(total, 'USD', t),
        }),
        lang: t.lang,
      }),
    });
  }
  const revisions = prior
    ? observations.filter(
        (o) =>
          o.indicatorId === 'fdi-net-china' &&
          o.period === prior.period &&
          o !== prior &&
          o.value !== prior.value,
      )
    : [];
  for (const other of revisions)
    beside.push(
      figure(
        other,
        'USD',
        t.format(m.fdiRevision, {
          period: t.period(other.period),
          vintage: vintageKey(other),
          date: other.provenance.asOf ? t.date(other.provenance.asOf) : 'none',
          later: vintageKey(prior),
          value: t.value(prior?.value ?? 0, 'USD'),
        }),
        t,
      ),
    );
  const against = (p: Observation) =>
    p.vintage
      ? t.format(m.vsVintage, { period: t.period(p.period), vintage: p.vintage })
      : t.format(m.vs, { period: t.period(p.period) });
  return {
    headline: figure(latest, 'USD', t.describePeriod(latest.period), t),
    delta: prior ? percentDelta(latest, prior, against(prior), 'USD', t) : null,
    beside,
    trend: toTrend(series, 'USD', t.format(m.fdiTrend), t),
  };
}

/** ICT export remittances (SBP/MoITT series only; PBS's series is never mixed in). */
export function toIctExportsKpi(observations: readonly Observation[], locale: Locale): Kpi | null {
  const series = seriesOf(observations, 'ict-exports', 'PAK');
  const [latest, prior] = lastTwo(series);
  if (!latest) return null;
  const t = locale;
  return {
    headline: figure(latest, 'USD', t.describePeriod(latest.period), t),
    delta: prior
      ? percentDelta(
          latest,
          priorOfSameVintage(observations, latest, prior),
          t.format(m.vs, { period: t.period(prior.period) }),
          'USD',
          t,
        )
      : null,
    beside: [],
    trend: toTrend(series, 'USD', t.format(m.ictTrend), t),
  };
}
