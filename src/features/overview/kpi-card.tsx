import { ProvenanceBadge, SourceLine } from '@/components/provenance-badge';
import { Sparkline } from '@/components/sparkline';
import { formatPeriod, formatValue } from '@/lib/format';
import type { Delta, Kpi, Trend } from './kpi-model';

const arrows: Record<Delta['direction'], { mark: string; word: string }> = {
  up: { mark: '▲', word: 'up' },
  down: { mark: '▼', word: 'down' },
  flat: { mark: '▶', word: 'unchanged' },
};

function describeTrend(trend: Trend): string {
  const first = trend.points[0];
  const last = trend.points.at(-1);
  if (!first || !last) return trend.label;
  return `${trend.label}: ${formatValue(first.value, trend.unit)} in ${formatPeriod(first.period)} to ${formatValue(last.value, trend.unit)} in ${formatPeriod(last.period)}.`;
}

/** Render-only: a KPI already shaped by to-kpis.ts. */
export function KpiCardBody({ kpi }: { kpi: Kpi }) {
  const { headline, delta, deltaNote, beside, trend } = kpi;
  return (
    <>
      <div className="kpi-main" role="group" aria-label="Headline figure">
        <p className="kpi-value">{headline.display}</p>
        <ProvenanceBadge kind={headline.provenance.kind} method={headline.provenance.method} />
      </div>
      <p className="kpi-label">{headline.label}</p>
      {delta ? (
        <p className={`kpi-delta kpi-delta--${delta.direction}`}>
          <span aria-hidden="true">{arrows[delta.direction].mark} </span>
          <span className="visually-hidden">{arrows[delta.direction].word} </span>
          {delta.display} <span className="kpi-delta-against">{delta.against}</span>{' '}
          <ProvenanceBadge kind={delta.provenance.kind} method={delta.provenance.method} />
        </p>
      ) : (
        <p className="kpi-delta kpi-delta--none">{deltaNote ?? 'No earlier figure to compare.'}</p>
      )}
      {trend && (
        <figure className="kpi-trend">
          <Sparkline points={trend.points} description={describeTrend(trend)} />
          <figcaption>
            {trend.label}, {formatPeriod(trend.points[0]?.period ?? '')}–
            {formatPeriod(trend.points.at(-1)?.period ?? '')}{' '}
            <ProvenanceBadge kind={trend.provenance.kind} method={trend.provenance.method} />
          </figcaption>
        </figure>
      )}
      {beside.length > 0 && (
        <ul className="kpi-beside">
          {beside.map((f) => (
            <li key={f.label}>
              <strong>{f.display}</strong> {f.label}{' '}
              <ProvenanceBadge kind={f.provenance.kind} method={f.provenance.method} />
              <br />
              <SourceLine provenance={f.provenance} />
            </li>
          ))}
        </ul>
      )}
      <p className="kpi-source">
        <SourceLine provenance={headline.provenance} />
      </p>
    </>
  );
}
