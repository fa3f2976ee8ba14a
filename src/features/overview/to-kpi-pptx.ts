/** Pure: a shaped KPI as the PowerPoint export writes it, text boxes with the card's words. */
import { formatNote } from '@/components/note-runs';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { PptxKpi } from '@/lib/pptx/deck-description';
import type { Kpi } from './kpi-model';

const messages = defineMessages({
  badge: {
    id: 'overview.pptx.badge',
    defaultMessage:
      '{kind, select, sourced {● Sourced} announcement {◆ Announcement} estimate {≈ Estimate} other {✳ Illustrative}}',
    description:
      'A figure’s provenance in the exported slides: its mark and kind, as the badges on screen say it.',
  },
  change: {
    id: 'overview.pptx.change',
    defaultMessage:
      '{arrow} {change} {against} ({kind, select, sourced {● sourced} announcement {◆ announcement} estimate {≈ estimate} other {✳ illustrative}})',
    description: 'A KPI’s change in the exported slides: "▲ +90.8% vs FY2024 (≈ estimate)".',
  },
  noEarlier: {
    id: 'overview.pptx.no-earlier',
    defaultMessage: 'No earlier figure to compare.',
    description: 'Said instead of a change when there is no earlier figure.',
  },
  beside: {
    id: 'overview.pptx.beside',
    defaultMessage: '{value} {label} ({badge}, {asOf})',
    description:
      'A figure beside the headline, in the slide notes: "$2.5bn net FDI in all (● Sourced, as of 30 Jun 2025)".',
  },
  trend: {
    id: 'overview.pptx.trend',
    defaultMessage: '{label}: {first} in {firstPeriod} to {last} in {lastPeriod} ({badge})',
    description: 'A KPI’s sparkline in words, in the slide notes.',
  },
});

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;

export function toKpiPptx(title: string, kpi: Kpi, locale: Locale): PptxKpi {
  const t = locale;
  const { headline, delta, deltaNote, beside, trend } = kpi;
  const first = trend?.points[0];
  const last = trend?.points.at(-1);
  const badge = (kind: string) => t.format(messages.badge, { kind });
  return {
    title,
    value: headline.display,
    label: headline.label,
    change: delta
      ? {
          text: t.format(messages.change, {
            arrow: arrows[delta.direction],
            change: delta.display,
            against: delta.against,
            kind: delta.provenance.kind,
          }),
          tone: delta.direction,
        }
      : { text: deltaNote ?? t.format(messages.noEarlier), tone: 'flat' },
    asOf: t.asOf(headline.provenance.asOf),
    provenance: badge(headline.provenance.kind),
    notes: [
      ...beside.map((f) =>
        formatNote(t, messages.beside, {
          value: f.display,
          label: f.label,
          badge: badge(f.provenance.kind),
          asOf: t.asOf(f.provenance.asOf),
        }),
      ),
      ...(trend && first && last
        ? [
            t.format(messages.trend, {
              label: trend.label,
              first: t.value(first.value, trend.unit),
              firstPeriod: t.period(first.period),
              last: t.value(last.value, trend.unit),
              lastPeriod: t.period(last.period),
              badge: badge(trend.provenance.kind),
            }),
          ]
        : []),
    ],
  };
}
