/**
 * A chart's source line is built from the provenance of the figures it shows: one entry per
 * distinct source, with every kind of figure it supplied, so "illustrative" can never hide.
 */
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import { compareAsOf } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import type { Locale } from './locale';
import { defineMessages } from './messages';
import { compareEnglishNames } from '@/domain/compare';

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
      compareEnglishNames(a.source, b.source),
  );
}

export const hasKind = (provenances: readonly Provenance[], kind: ProvenanceKind): boolean =>
  provenances.some((p) => p.kind === kind);

const messages = defineMessages({
  kind: {
    id: 'components.sources.kind',
    defaultMessage:
      '{kind, select, announcement {announcement} estimate {estimate} illustrative {ILLUSTRATIVE} other {sourced}}',
    description:
      'Kind of figures a source supplied, in brackets after it in exported images and CSV files; ILLUSTRATIVE stays loud (capitals or the like).',
  },
  kindList: {
    id: 'components.sources.kind-list',
    defaultMessage: '{list}, {kind}',
    description:
      'Adds one more kind to the kinds in brackets after a source ("[estimate, ILLUSTRATIVE]"); list is those before it.',
  },
  line: {
    id: 'components.sources.line',
    defaultMessage:
      '{source}{kinds, select, none {} other { [{kinds}]}}, {asOf}{url, select, none {} other { <{url}>}}',
    description:
      'One source in exported images and CSV files: its title (never translated), the kinds it supplied if not plainly sourced, "as of 5 Aug 2023", then its link.',
  },
  copied: {
    id: 'components.sources.copied',
    defaultMessage: '{line} (copied from {original}{url, select, none {} other { <{url}>}})',
    description: 'A source line, then the copy its figures were taken from (a public mirror) and its link.',
  },
  first: {
    id: 'components.sources.first',
    defaultMessage: '{count, plural, one {Source: {line}} other {Sources: {line}}}',
    description: 'The first source line of an exported image or CSV file; count is how many sources follow.',
  },
  illustrative: {
    id: 'components.sources.illustrative',
    defaultMessage:
      '✳ Illustrative: includes figures made by a seeded generator where no public breakdown exists. Not real data.',
    description: 'Warning under the sources of an export with illustrative figures. Must be unmistakable.',
  },
});

/** Plain-text lines for exported images and CSV preambles: "Sources: A (as of 5 Aug 2023); B (…)". */
export function sourceLinesText(sources: readonly SourceRef[], locale: Locale): string[] {
  const lines = sources.map((s) => {
    const kinds = s.kinds
      .filter((k) => k !== 'sourced')
      .map((kind) => locale.format(messages.kind, { kind }))
      .reduce((list, kind) => (list ? locale.format(messages.kindList, { list, kind }) : kind), '');
    const line = locale.format(messages.line, {
      source: s.source,
      kinds: kinds || 'none',
      asOf: locale.asOf(s.asOf),
      url: s.url ?? 'none',
    });
    return s.copiedFrom
      ? locale.format(messages.copied, {
          line,
          original: s.copiedFrom.name,
          url: s.copiedFrom.url ?? 'none',
        })
      : line;
  });
  const illustrative = sources.some((s) => s.kinds.includes('illustrative'));
  return [
    ...lines.map((line, i) =>
      i === 0 ? locale.format(messages.first, { count: sources.length, line }) : line,
    ),
    ...(illustrative ? [locale.format(messages.illustrative)] : []),
  ];
}
