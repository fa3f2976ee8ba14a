import type { SourceRef } from '@/lib/sources';
import { formatAsOf } from '@/lib/format';
import { provenanceLabels, shortSource } from './provenance-badge';

/**
 * A chart's source line: every source its figures came from, each with the marks of the
 * provenance kinds it supplied (◆ announcement, ≈ estimate, ✳ illustrative) and its as-of date.
 */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="source-line chart-sources">
      {sources.length > 1 ? 'Sources: ' : 'Source: '}
      {sources.map((s, i) => {
        const marks = s.kinds.filter((k) => k !== 'sourced');
        return (
          <span key={`${s.source}-${s.url ?? ''}`} className="chart-source">
            {i > 0 && '; '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer" title={s.source}>
                {shortSource(s.source)}
              </a>
            ) : (
              <span title={s.source}>{shortSource(s.source)}</span>
            )}
            {s.copiedFrom && (
              <>
                {' '}
                (copied from{' '}
                {s.copiedFrom.url ? (
                  <a href={s.copiedFrom.url} target="_blank" rel="noreferrer" title={s.copiedFrom.name}>
                    {shortSource(s.copiedFrom.name)}
                  </a>
                ) : (
                  s.copiedFrom.name
                )}
                )
              </>
            )}
            {marks.map((k) => (
              <span key={k} className={`chart-source-kind prov-text--${k}`}>
                {' '}
                <span aria-hidden="true">{provenanceLabels[k].mark}</span>{' '}
                {provenanceLabels[k].label.toLowerCase()}
              </span>
            ))}{' '}
            · {formatAsOf(s.asOf)}
          </span>
        );
      })}
    </p>
  );
}
