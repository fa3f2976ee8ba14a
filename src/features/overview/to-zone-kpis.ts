import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import { sameDefinition, strongestFirst } from '@/domain/disagreement';
import { seriesOf } from '@/domain/observation-series';
import { localName } from '@/domain/local-names';
import { formatNote, type NoteRun } from '@/components/note-runs';
import type { Locale } from '@/lib/locale';
import { absoluteDelta, figure, toTrend } from './kpi-figures';
import type { Kpi, KpiContext } from './kpi-model';
import { kpiMessages as m } from './kpi-messages';

/** The data's own words (a definition it does not know), in English: marked so. */
const ownWords = (text: string): NoteRun => ({ text, lang: 'en' });

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
    formatNote(t, m.zoneCount, {
      definition: o.definition ? (zoneDefinitions[o.definition] ?? 'own') : 'none',
      text: ownWords(o.definition ?? ''),
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
    formatNote(t, o.provenance.kind === 'announcement' ? m.fortuneClaimed : m.fortuneReported, {
      list: fortuneLists[o.definition ?? ''] ?? 'own',
      text: ownWords(o.definition ?? 'Fortune'),
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

/** A zone's name in the reader's language (English, marked, where it has none), or words for it. */
const zoneName = (context: KpiContext, id: string, locale: Locale): NoteRun => {
  const zone = context.zones?.find((z) => z.id === id);
  return zone ? localName(zone, locale.lang) : locale.format(m.oneZone);
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
            formatNote(t, m.eois, { zone: zoneName(context, eois.geo, t), period: t.period(eois.period) }),
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
        formatNote(t, m.projectCost, { zone: zoneName(context, o.geo, t), period: t.period(o.period) }),
        t,
      ),
    ),
    trend: null,
  };
}
