import { provenanceLabels } from '@/components/provenance-badge';
import type { Datum, SeriesSpec } from './chart-model';

/**
 * Tooltip body for every chart: the period or category, then each series' formatted value with
 * its provenance mark when it is not plainly sourced. Recharts passes the hovered (or keyboard-
 * focused) datum; this renders what the shaping functions prepared.
 */
export function ChartTooltip({
  active,
  payload,
  series,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  series: readonly SeriesSpec[];
}) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const shown = series.filter((s) => datum.display[s.key] !== undefined);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-heading">{datum.heading}</p>
      <ul>
        {shown.map((s) => {
          const kind = datum.kinds[s.key] ?? 'sourced';
          const first = datum.firstReported?.[s.key];
          return (
            <li key={s.key}>
              <span className="chart-tooltip-key" style={{ background: s.paint.css }} aria-hidden="true" />
              {s.label}: <strong>{datum.display[s.key]}</strong>
              {kind !== 'sourced' && (
                <span className={`prov-text--${kind}`}>
                  {' '}
                  {provenanceLabels[kind].mark} {provenanceLabels[kind].label.toLowerCase()}
                </span>
              )}
              {first && <span className="chart-tooltip-first"> (first reported {first.display})</span>}
              {datum.labels?.[s.key] && <span> · {datum.labels[s.key]}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
