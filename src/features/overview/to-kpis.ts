import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import { derivedProvenance } from '@/domain/provenance';
import { sameDefinition, strongestFirst } from '@/domain/disagreement';
import { lastTwo, seriesOf } from '@/domain/observation-series';
import { priorOfSameVintage, sameVintageShare } from '@/domain/vintage';
import { localName } from '@/domain/local-names';
import type { Locale } from '@/lib/locale';
import { absoluteDelta, described, figure, percentDelta, toTrend } from './kpi-figures';
import type { Figure, Kpi, KpiContext } from './kpi-model';
import { kpiMessages as m } from './to-kpis-messages';

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

/** The ways sources count zones, by the words the data uses; others keep their own words. */
const zoneDefinitions: Record<string, string> = {
  'zones rolled out (STZA)': 'rolled',
  'existing plus newly notified zones (STZA)': 'notified',
  'zones cited by the IT Ministry (counting unclear)': 'cited',
};

/**
 * Special Technology Zones. Sources count differently (rolled out; existing and notified; cited
 * by the ministry, counting unclear), so the strongest figure leads, the others stand beside it,
 * and a change or trend is shown only between figures of one definition.
 */
export function toZoneCountKpi(observations: readonly Observation[], locale: Locale): Kpi | null {
  const series = seriesOf(observations, 'stz-count', 'PAK');
  const [lead, ...others] = strongestFirst(series);
  if (!lead) return null;
  const t = locale;
  const label = (o: Observation) =>
    t.format(m.zoneCount, {
      definition: o.definition ? (zoneDefinitions[o.definition] ?? 'own') : 'none',
      text: o.definition ?? '',
      period: t.period(o.period),
    });
  const comparable = series.filter((o) => sameDefinition(o, lead));
  const prior = comparable.filter((o) => periodPosition(o.period) < periodPosition(lead.period)).at(-1);
  const differing = others.filter((o) => !sameDefinition(o, lead));
  return {
    headline: figure(lead, 'count', label(lead), t),
    delta: prior
      ? absoluteDelta(lead, prior, 'count', t.format(m.vs, { period: t.period(prior.period) }), t)
      : null,
    deltaNote: differing.length ? t.format(m.zoneCountDiffer) : undefined,
    beside: others.map((o) => figure(o, 'count', label(o), t)),
    trend: comparable.length > 1 ? toTrend(comparable, 'count', t.format(m.zoneTrend), t) : null,
  };
}

const fortuneLists: Record<string, string> = { 'Fortune Global 500': 'global', 'Fortune 500': 'us' };

/** SEDA on the Fortune lists: the sources disagree (and name different lists), so the strongest leads. */
export function toFortune500Kpi(observations: readonly Observation[], locale: Locale): Kpi | null {
  const [lead, ...others] = strongestFirst(seriesOf(observations, 'seda-fortune500', 'cn-seda'));
  if (!lead) return null;
  const t = locale;
  const label = (o: Observation) =>
    t.format(o.provenance.kind === 'announcement' ? m.fortuneClaimed : m.fortuneReported, {
      list: fortuneLists[o.definition ?? ''] ?? 'own',
      text: o.definition ?? 'Fortune',
      period: t.period(o.period),
    });
  return {
    headline: figure(lead, 'count', label(lead), t),
    delta: null,
    deltaNote: others.length ? t.format(m.fortuneDiffer) : undefined,
    beside: others.map((o) => figure(o, 'count', label(o), t)),
    trend: null,
  };
}

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
      provenance: derivedProvenance(
        [china.provenance, total.provenance],
        t.format(m.fdiShareMethod, {
          china: described(china, 'USD', t),
          total: described(total, 'USD', t),
        }),
      ),
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

/** A zone's name in the reader's language (English where it has none), or words standing for it. */
const zoneName = (context: KpiContext, id: string, locale: Locale) => {
  const zone = context.zones?.find((z) => z.id === id);
  return zone ? localName(zone, locale.lang).text : locale.format(m.oneZone);
};

/** Companies in the zones: the only public count is a floor from Aug 2022; nothing later is invented. */
export function toCompaniesKpi(
  observations: readonly Observation[],
  context: KpiContext,
  locale: Locale,
): Kpi | null {
  const latest = seriesOf(observations, 'licensed-enterprises', 'PAK').at(-1);
  if (!latest) return null;
  const t = locale;
  const eois = observations
    .filter((o) => o.indicatorId === 'investor-eois')
    .sort((a, b) => periodPosition(a.period) - periodPosition(b.period))
    .at(-1);
  return {
    headline: figure(latest, 'count', t.format(m.licensedBy, { period: t.period(latest.period) }), t),
    delta: null,
    deltaNote: t.format(m.noLaterCount),
    beside: eois
      ? [
          figure(
            eois,
            'count',
            t.format(m.eois, { zone: zoneName(context, eois.geo, t), period: t.period(eois.period) }),
            t,
          ),
        ]
      : [],
    trend: null,
  };
}

/** Money put into the zones themselves: one multi-zone total and zone-level project costs. */
export function toZoneInvestmentKpi(
  observations: readonly Observation[],
  context: KpiContext,
  locale: Locale,
): Kpi | null {
  const national = seriesOf(observations, 'stz-developer-investment', 'PAK').at(-1);
  if (!national) return null;
  const t = locale;
  const single = observations.filter(
    (o) => o.indicatorId === 'stz-developer-investment' && o.geoType === 'zone',
  );
  const notified = (context.zones ?? []).flatMap((z) =>
    z.dates.filter((d) => d.kind === 'notified' && d.date.startsWith(national.period)).map((d) => d.date),
  );
  const when = t.period(notified[0] ?? national.period);
  return {
    headline: figure(national, 'PKR', t.format(m.invested, { count: notified.length, period: when }), t),
    delta: null,
    deltaNote: t.format(m.noEarlierTotal),
    beside: single.map((o) =>
      figure(
        o,
        'PKR',
        t.format(m.projectCost, { zone: zoneName(context, o.geo, t), period: t.period(o.period) }),
        t,
      ),
    ),
    trend: null,
  };
}
