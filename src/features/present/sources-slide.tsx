import { ProvenanceBadge, provenanceLabels } from '@/components/provenance-badge';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { collectSources, type SourceRef } from '@/lib/sources';
import type { SlideSpec } from '@/components/slide-spec';
import { provenanceLegend } from './provenance-words';
import styles from './sources-slide.module.css';
import { toSourcePages } from './to-source-pages';

const messages = defineMessages({
  title: {
    id: 'present.sources.title',
    defaultMessage: 'Sources',
    description: 'Title of the closing sources slide.',
  },
  titlePage: {
    id: 'present.sources.title-page',
    defaultMessage: 'Sources ({page} of {pages})',
    description: 'Title of one of several closing sources slides.',
  },
  subtitle: {
    id: 'present.sources.subtitle',
    defaultMessage:
      '{count, plural, one {# source behind the figures in this deck} other {# sources behind the figures in this deck}}',
    description: 'Subtitle of the first sources slide.',
  },
  none: {
    id: 'present.sources.none',
    defaultMessage: 'No figures loaded, so no sources to list',
    description: 'Subtitle of the sources slide when no data loaded.',
  },
  continued: {
    id: 'present.sources.continued',
    defaultMessage: 'Sources, continued',
    description: 'Subtitle of the second and later sources slides.',
  },
  notesContinued: {
    id: 'present.sources.notes-continued',
    defaultMessage: 'Sources, continued from the previous slide.',
    description: 'Speaker note on the second and later sources slides.',
  },
  count: {
    id: 'present.sources.count',
    defaultMessage: '{count, plural, one {# source in all.} other {# sources in all.}}',
    description: 'Speaker note on the first sources slide.',
  },
  entry: {
    id: 'present.sources.entry',
    defaultMessage: '{source}, {asOf}',
    description: 'One source in the list: its title (never translated), then "as of 16 Aug 2024".',
  },
  entryCopied: {
    id: 'present.sources.entry-copied',
    defaultMessage: '{source} (copied from {copy}), {asOf}',
    description:
      'One source in the list that we took from a public copy (copy: the mirror, never translated).',
  },
  detailCopied: {
    id: 'present.sources.detail-copied',
    defaultMessage: 'copied from {copy}; {asOf}',
    description:
      'After a source title in the exported pack: the public copy it was taken from, then "as of …".',
  },
  footer: {
    id: 'present.sources.footer',
    defaultMessage: 'The sources of every slide, as listed above; badges as on the dashboard.',
    description: 'Footer of the sources slides, where other slides list their sources.',
  },
});

function SourcesList({ sources, t }: { sources: readonly SourceRef[]; t: Locale }) {
  // Source titles stay in the language they were published in: marked English for screen readers.
  const foreign = t.lang === 'en' ? undefined : 'en';
  return (
    <ul className={styles.list}>
      {sources.map((s) => (
        <li key={`${s.source}${s.url ?? ''}`}>
          <span>
            {s.kinds.map((k) => (
              <ProvenanceBadge key={k} kind={k} className={styles.badge} />
            ))}
          </span>
          {t.formatRich(s.copiedFrom ? messages.entryCopied : messages.entry, {
            copy: (
              <span key="copy" lang={foreign}>
                {s.copiedFrom?.name}
              </span>
            ),
            source: s.url ? (
              <a key="source" href={s.url} target="_blank" rel="noreferrer" lang={foreign}>
                {s.source}
              </a>
            ) : (
              <span key="source" lang={foreign}>
                {s.source}
              </span>
            ),
            asOf: t.asOf(s.asOf),
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The closing slides: every source the deck cites, strongest evidence first, with the kinds of
 * figure each supplied. As many slides as the list needs, so nothing is cut off on the page.
 */
export function sourcesSlides(t: Locale, slides: readonly SlideSpec[]): SlideSpec[] {
  const all = slides.flatMap((s) => s.sources);
  const sources = collectSources(all);
  // Always one sources slide, even when no figures loaded: the deck keeps its shape and says why.
  const pages = sources.length ? toSourcePages(sources) : [[]];
  return pages.map((page, i) => ({
    id: i === 0 ? 'sources' : `sources-${i + 1}`,
    title:
      pages.length > 1
        ? t.format(messages.titlePage, { page: i + 1, pages: pages.length })
        : t.format(messages.title),
    subtitle:
      i === 0
        ? sources.length
          ? t.format(messages.subtitle, { count: sources.length })
          : t.format(messages.none)
        : t.format(messages.continued),
    render: () => <SourcesList sources={page} t={t} />,
    pptx: () => ({
      kind: 'list',
      items: page.map((s) => ({
        text: s.source,
        url: s.url,
        mark: s.kinds.map((k) => provenanceLabels[k].mark).join(''),
        detail: s.copiedFrom
          ? t.format(messages.detailCopied, { copy: s.copiedFrom.name, asOf: t.asOf(s.asOf) })
          : t.asOf(s.asOf),
      })),
    }),
    notes:
      i === 0
        ? [t.format(messages.count, { count: sources.length }), provenanceLegend(t)]
        : [t.format(messages.notesContinued)],
    sources: [],
    sourcesNote: t.format(messages.footer),
    illustrative: page.some((s) => s.kinds.includes('illustrative')),
  }));
}
