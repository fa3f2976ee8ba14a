/** Pure: a shaped KPI as the PowerPoint export writes it, text boxes with the card's words. */
import { provenanceLabels } from '@/components/provenance-badge';
import type { Provenance } from '@/domain/provenance';
import { formatAsOf, formatPeriod, formatValue } from '@/lib/format';
import type { PptxKpi } from '@/lib/pptx/deck-description';
import type { Kpi } from './kpi-model';

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;
const badge = (p: Provenance) => `${provenanceLabels[p.kind].mark} ${provenanceLabels[p.kind].label}`;

export function toKpiPptx(title: string, kpi: Kpi): PptxKpi {
  const { headline, delta, deltaNote, beside, trend } = kpi;
  const first = trend?.points[0];
  const last = trend?.points.at(-1);
  return {
    title,
    value: headline.display,
    label: headline.label,
    change: delta
      ? {
          text: `${arrows[delta.direction]} ${delta.display} ${delta.against} (${badge(delta.provenance).toLowerCase()})`,
          tone: delta.direction,
        }
      : { text: deltaNote ?? 'No earlier figure to compare.', tone: 'flat' },
    asOf: formatAsOf(headline.provenance.asOf),
    provenance: badge(headline.provenance),
    notes: [
      ...beside.map(
        (f) => `${f.display} ${f.label} (${badge(f.provenance)}, ${formatAsOf(f.provenance.asOf)})`,
      ),
      ...(trend && first && last
        ? [
            `${trend.label}: ${formatValue(first.value, trend.unit)} in ${formatPeriod(first.period)} to ${formatValue(last.value, trend.unit)} in ${formatPeriod(last.period)} (${badge(trend.provenance)})`,
          ]
        : []),
    ],
  };
}
