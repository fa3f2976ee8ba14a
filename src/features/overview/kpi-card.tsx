import { NoteLine } from '@/components/note-line';
import { noteText } from '@/components/note-runs';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { SourceLine } from '@/components/source-line';
import { Sparkline } from '@/components/sparkline';
import { useLocale } from '@/components/language-provider';
import { methodText } from '@/domain/local-texts';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { FigureText } from './figure-text';
import type { Delta, Kpi, Trend } from './kpi-model';
import styles from './kpi-card.module.css';

const messages = defineMessages({
  headline: {
    id: 'overview.card.headline',
    defaultMessage: 'Headline figure',
    description: 'Accessible name of the group holding a KPI card’s main figure and its provenance badge.',
  },
  change: {
    id: 'overview.card.change',
    defaultMessage: 'Change',
    description: 'Accessible name of the group holding a KPI card’s change against an earlier figure.',
  },
  direction: {
    id: 'overview.card.direction',
    defaultMessage: '{direction, select, up {up} down {down} other {unchanged}}',
    description: 'Read by screen readers before a change ("up +7"); the arrow is not read.',
  },
  noEarlier: {
    id: 'overview.card.no-earlier',
    defaultMessage: 'No earlier figure to compare.',
    description: 'Said instead of a change when there is no earlier figure.',
  },
  trend: {
    id: 'overview.card.trend',
    defaultMessage: '{label}: {first} in {firstPeriod} to {last} in {lastPeriod}.',
    description: 'Screen-reader text of a KPI sparkline: its name, first and last value with their periods.',
  },
  caption: {
    id: 'overview.card.trend-caption',
    defaultMessage: '{label}, {from}–{to}',
    description: 'Caption under a KPI sparkline: its name and the periods it spans.',
  },
});

const arrows: Record<Delta['direction'], string> = { up: '▲', down: '▼', flat: '▶' };

function describeTrend(trend: Trend, t: Locale): string {
  const first = trend.points[0];
  const last = trend.points.at(-1);
  if (!first || !last) return trend.label;
  return t.format(messages.trend, {
    label: trend.label,
    first: t.value(first.value, trend.unit),
    firstPeriod: t.period(first.period),
    last: t.value(last.value, trend.unit),
    lastPeriod: t.period(last.period),
  });
}

/** Render-only: a KPI already shaped by its `to-*-kpis.ts`. Figures are isolated so they keep their order in Urdu. */
export function KpiCardBody({ kpi }: { kpi: Kpi }) {
  const t = useLocale();
  const { headline, delta, deltaNote, beside, trend } = kpi;
  return (
    <>
      <div className={styles.main} role="group" aria-label={t.format(messages.headline)}>
        <p className={styles.value}>
          <FigureText text={headline.display} />
        </p>
        <ProvenanceBadge kind={headline.provenance.kind} method={methodText(headline.provenance, t.lang)} />
      </div>
      <p className={styles.label}>
        <NoteLine note={headline.label} />
      </p>
      {delta ? (
        <p
          className={`${styles.delta} ${styles[delta.direction]}`}
          role="group"
          aria-label={t.format(messages.change)}
        >
          <span aria-hidden="true">{arrows[delta.direction]} </span>
          <span className="visually-hidden">
            {t.format(messages.direction, { direction: delta.direction })}{' '}
          </span>
          <FigureText text={delta.display} /> <span className={styles.against}>{delta.against}</span>{' '}
          <ProvenanceBadge kind={delta.provenance.kind} method={methodText(delta.provenance, t.lang)} />
        </p>
      ) : (
        <p className={`${styles.delta} ${styles.none}`}>{deltaNote ?? t.format(messages.noEarlier)}</p>
      )}
      {trend && (
        <figure className={styles.trend}>
          <Sparkline
            points={trend.points}
            description={describeTrend(trend, t)}
            className={styles.sparkline}
          />
          <figcaption>
            {t.format(messages.caption, {
              label: trend.label,
              from: t.period(trend.points[0]?.period ?? ''),
              to: t.period(trend.points.at(-1)?.period ?? ''),
            })}{' '}
            <ProvenanceBadge kind={trend.provenance.kind} method={methodText(trend.provenance, t.lang)} />
          </figcaption>
        </figure>
      )}
      {beside.length > 0 && (
        <ul className={styles.beside}>
          {beside.map((f) => (
            <li key={noteText(f.label)}>
              <strong>
                <FigureText text={f.display} />
              </strong>{' '}
              <NoteLine note={f.label} />{' '}
              <ProvenanceBadge kind={f.provenance.kind} method={methodText(f.provenance, t.lang)} />
              <span className={styles.besideSource}>
                <br />
                <SourceLine provenance={f.provenance} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.source}>
        <SourceLine provenance={headline.provenance} />
      </p>
    </>
  );
}
