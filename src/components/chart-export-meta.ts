import type { Provenance } from '@/domain/provenance';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { sourceLinesText, type SourceRef } from '@/lib/sources';
import { resolveColours, type ExportMeta } from '@/lib/svg-export';
import type { ChartLegendItem } from './chart-legend';
import { chartNoteExport, type ChartNote } from './chart-notes';
import { summaryProvenance } from './chart-summary';
import { provenanceText } from './provenance-badge';

const messages = defineMessages({
  summaryExport: {
    id: 'components.chart-frame.summary-export',
    defaultMessage: '{summary} ({kind}: {method})',
    description:
      'A chart summary in an exported image: the sentence, then its provenance label (e.g. "Estimate") and how it was made.',
  },
});

interface ChartWords {
  title: string;
  subtitle: string;
  legend: readonly ChartLegendItem[];
  summary?: string | null;
  provenances: readonly Provenance[];
  scopeNote?: string | null;
  notes: readonly ChartNote[];
  sources: readonly SourceRef[];
}

/**
 * What an exported PNG or SVG writes around the chart: title, legend in the colours as drawn
 * (read from the chart area), summary with its badge in words, scope note, marker notes, sources.
 */
export function chartExportMeta(chart: ChartWords, area: HTMLElement | null, t: Locale): ExportMeta {
  const { title, subtitle, legend, summary, provenances, scopeNote, notes, sources } = chart;
  const colours = area
    ? resolveColours(
        area,
        legend.map((l) => l.colour),
      )
    : [];
  const summaryOwn = summaryProvenance(provenances, t);
  return {
    title,
    subtitle,
    dir: t.dir,
    legend: legend.map((item, i) => ({
      label: item.label,
      fill: item.exportPatternId ? `url(#${item.exportPatternId})` : (colours[i] ?? item.colour),
      ...(item.line && { line: item.line === 'solid' ? ('solid' as const) : ('dashed' as const) }),
    })),
    notes: [
      ...(summary
        ? [
            summaryOwn
              ? t.format(messages.summaryExport, {
                  summary,
                  kind: provenanceText(summaryOwn.kind, t).label,
                  method: summaryOwn.method ?? '',
                })
              : summary,
          ]
        : []),
      ...(scopeNote ? [scopeNote] : []),
      ...notes.map((n) => chartNoteExport(n, t)),
    ],
    sourceLines: sourceLinesText(sources, t),
  };
}
