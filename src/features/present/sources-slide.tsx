import { ProvenanceBadge, provenanceLabels } from '@/components/provenance-badge';
import { formatAsOf } from '@/lib/format';
import { collectSources, type SourceRef } from '@/lib/sources';
import type { SlideSpec } from '@/components/slide-spec';
import { toSourcePages } from './to-source-pages';

function SourcesList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul className="sources-list">
      {sources.map((s) => (
        <li key={`${s.source}${s.url ?? ''}`}>
          {s.kinds.map((k) => (
            <ProvenanceBadge key={k} kind={k} />
          ))}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.source}
            </a>
          ) : (
            s.source
          )}
          {s.copiedFrom && ` (copied from ${s.copiedFrom.name})`}, {formatAsOf(s.asOf)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The closing slides: every source the deck cites, strongest evidence first, with the kinds of
 * figure each supplied. As many slides as the list needs, so nothing is cut off on the page.
 */
export function sourcesSlides(slides: readonly SlideSpec[]): SlideSpec[] {
  const all = slides.flatMap((s) => s.sources);
  const sources = collectSources(all);
  // Always one sources slide, even when no figures loaded: the deck keeps its shape and says why.
  const pages = sources.length ? toSourcePages(sources) : [[]];
  const legend = Object.values(provenanceLabels)
    .map((l) => `${l.mark} ${l.label}: ${l.meaning}`)
    .join(' ');
  return pages.map((page, i) => ({
    id: i === 0 ? 'sources' : `sources-${i + 1}`,
    title: pages.length > 1 ? `Sources (${i + 1} of ${pages.length})` : 'Sources',
    subtitle:
      i === 0
        ? sources.length
          ? `${sources.length} sources behind the figures in this deck`
          : 'No figures loaded, so no sources to list'
        : 'Sources, continued',
    render: () => <SourcesList sources={page} />,
    pptx: () => ({
      kind: 'list',
      items: page.map((s) => ({
        text: s.source,
        url: s.url,
        mark: s.kinds.map((k) => provenanceLabels[k].mark).join(''),
        detail: `${s.copiedFrom ? `copied from ${s.copiedFrom.name}; ` : ''}${formatAsOf(s.asOf)}`,
      })),
    }),
    notes: i === 0 ? [`${sources.length} sources in all.`, legend] : [`Sources, continued.`],
    sources: [],
    sourcesNote: 'The sources of every slide, as listed above; badges as on the dashboard.',
    illustrative: page.some((s) => s.kinds.includes('illustrative')),
  }));
}
