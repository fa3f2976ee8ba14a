import { useLocale } from '@/components/language-provider';
import { provenanceLabels, provenanceTextClass } from '@/components/provenance-badge';
import { defineMessages } from '@/lib/messages';
import type { Datum, SeriesSpec } from './chart-model';
import styles from './chart-tooltip.module.css';

const messages = defineMessages({
  value: {
    id: 'charts.tooltip.value',
    defaultMessage: '{series}: <b>{value}</b>',
    description: 'A series and its figure in a chart tooltip ("Net FDI from China: $1.23bn").',
  },
  kind: {
    id: 'charts.tooltip.kind',
    defaultMessage: '{kind, select, announcement {announcement} estimate {estimate} other {illustrative}}',
    description: 'After a figure in a tooltip: its provenance when it is not plainly sourced.',
  },
  first: {
    id: 'charts.tooltip.first-reported',
    defaultMessage: '(first reported {value})',
    description: 'After a revised figure in a tooltip: the figure as first reported.',
  },
});

/**
 * Tooltip body for every chart: the period or category, then each series' formatted value with
 * its provenance mark when it is not plainly sourced. Recharts passes the hovered (or keyboard-
 * focused) datum; this renders what the shaping functions prepared, in the page's direction.
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
  const locale = useLocale();
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const shown = series.filter((s) => datum.display[s.key] !== undefined);
  return (
    <div className={styles.tooltip} dir={locale.dir}>
      <p className={styles.heading}>{datum.heading}</p>
      <ul className={styles.list}>
        {shown.map((s) => {
          const kind = datum.kinds[s.key] ?? 'sourced';
          const first = datum.firstReported?.[s.key];
          return (
            <li key={s.key}>
              <span className={styles.key} style={{ background: s.paint.css }} aria-hidden="true" />
              {locale.formatRich(messages.value, {
                series: s.label,
                value: datum.display[s.key] ?? '',
                b: (chunks) => (
                  <strong key="value">
                    <bdi>{chunks}</bdi>
                  </strong>
                ),
              })}
              {kind !== 'sourced' && (
                <span className={provenanceTextClass(kind)}>
                  {' '}
                  {provenanceLabels[kind].mark} {locale.format(messages.kind, { kind })}
                </span>
              )}
              {first && (
                <span className={styles.first}>
                  {' '}
                  {locale.format(messages.first, { value: first.display })}
                </span>
              )}
              {datum.labels?.[s.key] && <span> · {datum.labels[s.key]}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
