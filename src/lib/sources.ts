/**
 * A chart's source line is built from the provenance of the figures it shows: one entry per
 * distinct source, with every kind of figure it supplied, so "illustrative" can never hide.
 */
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import { compareAsOf } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import { formatAsOf } from './format';

export interface SourceRef {
  source: string;
  url: string | null;
  /** The latest as-of date among the figures taken from this source; null if it gives none. */
  asOf: string | null;
  kinds: ProvenanceKind[];
  /** The copy the figures were taken from (a public mirror of WDI, say): named wherever the source is. */
  copiedFrom?: Provenance['copiedFrom'];
}

const kindOrder = (k: ProvenanceKind) => provenanceKinds.indexOf(k);

export function collectSources(provenances: readonly Provenance[]): SourceRef[] {
  const bySource = new Map<string, SourceRef>();
  for (const p of provenances) {
    const key = `${p.source}\u0000${p.url ?? ''}`;
    const ref = bySource.get(key);
    if (!ref) {
      bySource.set(key, {
        source: p.source,
        url: p.url,
        asOf: p.asOf,
        kinds: [p.kind],
        ...(p.copiedFrom && { copiedFrom: p.copiedFrom }),
      });
      continue;
    }
    if (compareAsOf(p.asOf, ref.asOf) > 0) ref.asOf = p.asOf;
    if (!ref.kinds.includes(p.kind))
      ref.kinds = [...ref.kinds, p.kind].sort((a, b) => kindOrder(a) - kindOrder(b));
  }
  // Sourced figures first, then by source name: the strongest evidence leads the line.
  return [...bySource.values()].sort(
    (a, b) =>
      Math.min(...a.kinds.map(kindOrder)) - Math.min(...b.kinds.map(kindOrder)) ||
      a.source.localeCompare(b.source),
  );
}

export const hasKind = (provenances: readonly Provenance[], kind: ProvenanceKind): boolean =>
  provenances.some((p) => p.kind === kind);

const kindWords: Record<ProvenanceKind, string> = {
  sourced: 'sourced',
  announcement: 'announcement',
  estimate: 'estimate',
  illustrative: 'ILLUSTRATIVE',
};

/** Plain-text lines for exported images and CSV preambles: "Sources: A (as of 5 Aug 2023); B (…)". */
export function sourceLinesText(sources: readonly SourceRef[]): string[] {
  const lines = sources.map((s) => {
    const kinds = s.kinds.filter((k) => k !== 'sourced').map((k) => kindWords[k]);
    const tag = kinds.length ? ` [${kinds.join(', ')}]` : '';
    const copy = s.copiedFrom
      ? ` (copied from ${s.copiedFrom.name}${s.copiedFrom.url ? ` <${s.copiedFrom.url}>` : ''})`
      : '';
    return `${s.source}${tag}, ${formatAsOf(s.asOf)}${s.url ? ` <${s.url}>` : ''}${copy}`;
  });
  const illustrative = sources.some((s) => s.kinds.includes('illustrative'));
  return [
    ...lines.map((line, i) => `${i === 0 ? (sources.length > 1 ? 'Sources: ' : 'Source: ') : ''}${line}`),
    ...(illustrative
      ? [
          '✳ Illustrative: includes figures made by a seeded generator where no public breakdown exists. Not real data.',
        ]
      : []),
  ];
}
