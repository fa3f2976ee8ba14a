import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import { derivedProvenance } from '@/domain/provenance';
import { sameDefinition, strongestFirst } from '@/domain/disagreement';
import { lastTwo, seriesOf } from '@/domain/observation-series';
import { priorOfSameVintage, sameVintageShare } from '@/domain/vintage';
import { describePeriod, formatDate, formatPeriod, formatValue } from '@/lib/format';
import { absoluteDelta, described, figure, percentDelta, toTrend, vintageWords } from './kpi-figures';
import type { Figure, Kpi, KpiContext } from './kpi-model';

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
    delta: prior ? percentDelta(latest, prior, `vs ${prior.period} census`, 'persons') : null,
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

/**
 * Special Technology Zones. Sources count differently (rolled out; existing and notified; cited
 * by the ministry, counting unclear), so the strongest figure leads, the others stand beside it,
 * and a change or trend is shown only between figures of one definition.
 */
export function toZoneCountKpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'stz-count', 'PAK');
  const [lead, ...others] = strongestFirst(series);
  if (!lead) return null;
  const label = (o: Observation) => `${o.definition ?? 'zones'}, ${formatPeriod(o.period)}`;
  const comparable = series.filter((o) => sameDefinition(o, lead));
  const prior = comparable.filter((o) => periodPosition(o.period) < periodPosition(lead.period)).at(-1);
  const differing = others.filter((o) => !sameDefinition(o, lead));
  return {
    headline: figure(lead, 'count', label(lead)),
    delta: prior ? absoluteDelta(lead, prior, 'count', `vs ${formatPeriod(prior.period)}`) : null,
    deltaNote: differing.length ? 'No change shown: the sources count differently.' : undefined,
    beside: others.map((o) => figure(o, 'count', label(o))),
    trend: comparable.length > 1 ? toTrend(comparable, 'count', 'Zones reported at each date') : null,
  };
}

/** SEDA on the Fortune lists: the sources disagree (and name different lists), so the strongest leads. */
export function toFortune500Kpi(observations: readonly Observation[]): Kpi | null {
  const [lead, ...others] = strongestFirst(seriesOf(observations, 'seda-fortune500', 'cn-seda'));
  if (!lead) return null;
  const label = (o: Observation) =>
    o.provenance.kind === 'announcement'
      ? `“${o.definition ?? 'Fortune-listed'}” companies, as claimed in ${o.period}`
      : `${o.definition ?? 'Fortune-listed'} companies, reported in ${o.period}`;
  return {
    headline: figure(lead, 'count', label(lead)),
    delta: null,
    deltaNote: others.length
      ? 'Sources disagree and count different lists; the gap is not a trend.'
      : undefined,
    beside: others.map((o) => figure(o, 'count', label(o))),
    trend: null,
  };
}

/**
 * Net FDI from China in the latest fiscal year, its change against the prior year as reported in
 * the same round, and China's share of all FDI from figures of one round; a revised prior year
 * shows its first-reported value beside it.
 */
export function toChinaFdiKpi(observations: readonly Observation[]): Kpi | null {
  const series = seriesOf(observations, 'fdi-net-china', 'PAK');
  const [latest, latestPrior] = lastTwo(series);
  if (!latest) return null;
  const prior = priorOfSameVintage(observations, latest, latestPrior);
  const beside: Figure[] = [];
  const share = sameVintageShare(observations, 'fdi-net-china', 'fdi-net-total', latest.period);
  if (share) {
    const { part: china, whole: total } = share;
    beside.push({
      label: `of all net FDI in ${latest.period}`,
      display: formatValue(share.value, '%'),
      provenance: derivedProvenance(
        [china.provenance, total.provenance],
        `Computed by the dashboard: ${described(china, 'USD')} ÷ all countries ${described(total, 'USD')}, both from the same report.`,
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
        `${other.period} as ${other.vintage ? vintageWords[other.vintage] : 'reported'}${other.provenance.asOf ? ` (${formatDate(other.provenance.asOf)})` : ''}; ${prior?.vintage ? vintageWords[prior.vintage] : 'later'} ${formatValue(prior?.value ?? 0, 'USD')}`,
      ),
    );
  return {
    headline: figure(latest, 'USD', describePeriod(latest.period)),
    delta: prior
      ? percentDelta(
          latest,
          prior,
          `vs ${prior.period}${prior.vintage ? ` (${vintageWords[prior.vintage]})` : ''}`,
          'USD',
        )
      : null,
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
    delta: prior
      ? percentDelta(latest, priorOfSameVintage(observations, latest, prior), `vs ${prior.period}`, 'USD')
      : null,
    beside: [],
    trend: toTrend(series, 'USD', 'ICT export remittances by fiscal year'),
  };
}

const zoneName = (context: KpiContext, id: string) => context.zones?.find((z) => z.id === id)?.name;

/** Companies in the zones: the only public count is a floor from Aug 2022; nothing later is invented. */
export function toCompaniesKpi(observations: readonly Observation[], context: KpiContext = {}): Kpi | null {
  const latest = seriesOf(observations, 'licensed-enterprises', 'PAK').at(-1);
  if (!latest) return null;
  const eois = observations
    .filter((o) => o.indicatorId === 'investor-eois')
    .sort((a, b) => periodPosition(a.period) - periodPosition(b.period))
    .at(-1);
  const where = eois && (zoneName(context, eois.geo) ?? 'one zone');
  return {
    headline: figure(latest, 'count', `licensed by ${formatPeriod(latest.period)}`),
    delta: null,
    deltaNote: 'No later public count.',
    beside: eois ? [figure(eois, 'count', `investor EOIs, ${where}, ${formatPeriod(eois.period)}`)] : [],
    trend: null,
  };
}

/** Money put into the zones themselves: one multi-zone total and zone-level project costs. */
export function toZoneInvestmentKpi(
  observations: readonly Observation[],
  context: KpiContext = {},
): Kpi | null {
  const national = seriesOf(observations, 'stz-developer-investment', 'PAK').at(-1);
  if (!national) return null;
  const single = observations.filter(
    (o) => o.indicatorId === 'stz-developer-investment' && o.geoType === 'zone',
  );
  const notified = (context.zones ?? []).flatMap((z) =>
    z.dates.filter((d) => d.kind === 'notified' && d.date.startsWith(national.period)).map((d) => d.date),
  );
  const when = notified[0] ? formatPeriod(notified[0]) : national.period;
  const which = notified.length ? `the ${notified.length} zones` : 'the zones';
  return {
    headline: figure(national, 'PKR', `invested by the developers of ${which} notified in ${when}`),
    delta: null,
    deltaNote: 'No earlier total for the same zones.',
    beside: single.map((o) =>
      figure(o, 'PKR', `project cost, ${zoneName(context, o.geo) ?? 'one zone'}, ${formatPeriod(o.period)}`),
    ),
    trend: null,
  };
}
