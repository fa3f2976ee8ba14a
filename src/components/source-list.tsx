import type { SourceRef } from '@/lib/sources';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './source-list.module.css';
import { provenanceText, provenanceTextClass } from './provenance-badge';
import { shortSource, SourceTitle } from './source-line';

const messages = defineMessages({
  label: {
    id: 'provenance.source-list.label',
    defaultMessage: '{count, plural, one {Source:} other {Sources:}}',
    description: "Word before a chart's list of sources; count is how many sources follow.",
  },
  item: {
    id: 'provenance.source-list.item',
    defaultMessage: '{source}{kinds} · {asOf}',
    description:
      'One source in a chart\'s source list: its title, the kinds of figure it gave (" ◆ announcement"), and "as of …".',
  },
  copied: {
    id: 'provenance.source-list.copied',
    defaultMessage: '{source} (copied from {copy})',
    description: 'A source we took from a public copy of it (a mirror); both titles stay as published.',
  },
  separator: {
    id: 'provenance.source-list.separator',
    defaultMessage: ';',
    description: 'Between two sources in a list; a space follows it.',
  },
});

/**
 * A chart's source line: every source its figures came from, each with the marks of the
 * provenance kinds it supplied (◆ announcement, ≈ estimate, ✳ illustrative) and its as-of date.
 */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  const t = useLocale();
  if (sources.length === 0) return null;
  return (
    <p className={styles.list} data-source-list="">
      {t.format(messages.label, { count: sources.length })}{' '}
      {sources.map((s, i) => {
        const kinds = s.kinds
          .filter((k) => k !== 'sourced')
          .map((k) => {
            const { mark, label } = provenanceText(k, t);
            return (
              <span key={k} className={provenanceTextClass(k)}>
                {' '}
                <span aria-hidden="true">{mark}</span> {label.toLocaleLowerCase(t.lang)}
              </span>
            );
          });
        return (
          <span key={`${s.source}-${s.url ?? ''}`}>
            {i > 0 && `${t.format(messages.separator)} `}
            {t.formatRich(messages.item, {
              source: s.copiedFrom ? (
                <span key="source">
                  {t.formatRich(messages.copied, {
                    source: <SourceTitle key="s" name={s.source} url={s.url} text={shortSource(s.source)} />,
                    copy: (
                      <SourceTitle
                        key="c"
                        name={s.copiedFrom.name}
                        url={s.copiedFrom.url ?? null}
                        text={shortSource(s.copiedFrom.name)}
                      />
                    ),
                  })}
                </span>
              ) : (
                <SourceTitle key="source" name={s.source} url={s.url} text={shortSource(s.source)} />
              ),
              kinds: <span key="kinds">{kinds}</span>,
              asOf: t.asOf(s.asOf),
            })}
          </span>
        );
      })}
    </p>
  );
}
