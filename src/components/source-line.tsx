import type { ReactNode } from 'react';
import { localText } from '@/domain/local-texts';
import type { Provenance } from '@/domain/provenance';
import { defineMessages } from '@/lib/messages';
import { classes } from './classes';
import { useLocale } from './language-provider';
import styles from './source-line.module.css';

const messages = defineMessages({
  source: {
    id: 'provenance.source-line.source',
    defaultMessage: 'Source',
    description: 'Word before a source citation on a card ("Source: SBP · as of 5 Aug 2023").',
  },
  line: {
    id: 'provenance.source-line.text',
    defaultMessage: '{prefix}: {source} · {asOf}',
    description:
      'A source line; prefix is "Source" (or similar), source the citation, asOf "as of 5 Aug 2023".',
  },
  copied: {
    id: 'provenance.source-line.copied-from',
    defaultMessage: '{source} (copied from {original})',
    description: 'A source that republished a figure first published by another (original).',
  },
});

/**
 * Citations run long ("The Diplomatic Insight (TDI), 'China and Pakistan sign…', Islamabad, 2 Aug 2022"):
 * cards show the publication, the full citation stays in the tooltip and in tables.
 */
export function shortSource(source: string, max = 48): string {
  const head = source.split(/ \(| '|, \d/)[0] ?? source;
  return head.length > max ? `${head.slice(0, max - 1)}…` : head;
}

/** A source's title, never translated: marked English when the page is not, so screen readers switch voice. */
export function SourceTitle({
  name,
  url,
  text,
  title,
}: {
  name: string;
  url?: string | null;
  text: string;
  title?: string;
}) {
  const lang = useLocale().lang === 'en' ? undefined : 'en';
  return url ? (
    <a href={url} target="_blank" rel="noreferrer" title={title ?? name} lang={lang}>
      {text}
    </a>
  ) : (
    <span title={title ?? name} lang={lang}>
      {text}
    </span>
  );
}

/** "Source: <link> · as of 5 Aug 2023": the link opens the source in a new tab. */
export function SourceLine({
  provenance,
  prefix,
  full = false,
  className,
}: {
  provenance: Provenance;
  /** The word before the citation, in the reader's language; "Source" by default. */
  prefix?: string;
  full?: boolean;
  /** The holder's layout of the line (e.g. a line of its own), never its look. */
  className?: string;
}) {
  const t = useLocale();
  const title = [provenance.source, localText(provenance, 'note', t.lang)?.text].filter(Boolean).join(' — ');
  const main = (
    <SourceTitle
      key="source"
      name={provenance.source}
      url={provenance.url}
      text={full ? provenance.source : shortSource(provenance.source)}
      title={title}
    />
  );
  const { copiedFrom } = provenance;
  const source: ReactNode = copiedFrom ? (
    <span key="copied">
      {t.formatRich(messages.copied, {
        source: main,
        original: (
          <SourceTitle
            key="original"
            name={copiedFrom.name}
            url={copiedFrom.url}
            text={copiedFrom.url ? shortSource(copiedFrom.name) : copiedFrom.name}
          />
        ),
      })}
    </span>
  ) : (
    main
  );
  return (
    <span className={classes(styles.sourceLine, className)} data-source-line="">
      {t.formatRich(messages.line, {
        prefix: prefix ?? t.format(messages.source),
        source,
        asOf: t.asOf(provenance.asOf),
      })}
    </span>
  );
}
