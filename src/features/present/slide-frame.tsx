import { Fragment, memo } from 'react';
import { provenanceLabels } from '@/components/provenance-badge';
import { formatDate } from '@/lib/format';
import { hasKind } from '@/lib/sources';
import type { MissingData, SlideSpec } from '@/components/slide-spec';
import { toFooterSources } from './to-footer-sources';

const ILLUSTRATIVE_NOTE =
  'Illustrative: figures marked ✳ are generated where no public breakdown exists. They add up to sourced totals but are not real.';

interface SlideFrameProps {
  spec: SlideSpec;
  number: number;
  count: number;
  current: boolean;
  filtersLabel: string;
  /** ISO date; shown in print and in the PNG, where the copy outlives the meeting. */
  exportDate: string;
}

function FooterSources({ spec }: { spec: SlideSpec }) {
  const sources = toFooterSources(spec.sources);
  if (sources.length === 0) {
    return <p className="slide-sources">{spec.sourcesNote ?? 'No figures on this slide.'}</p>;
  }
  return (
    <p className="slide-sources">
      <span className="slide-sources-label">{sources.length > 1 ? 'Sources' : 'Source'}:</span>{' '}
      {sources.map((s, i) => (
        <span key={s.name} className="slide-source">
          <span aria-hidden="true">{s.kinds.map((k) => provenanceLabels[k].mark).join('')} </span>
          <span className="visually-hidden">
            ({s.kinds.map((k) => provenanceLabels[k].label).join(', ')}){' '}
          </span>
          {s.name},{' '}
          {s.items.map((item, j) => (
            <Fragment key={item.asOf ?? 'undated'}>
              {j > 0 && ', '}
              {item.url ? (
                <a href={item.url} target="_blank" rel="noreferrer">
                  {item.asOf ? formatDate(item.asOf) : 'undated'}
                </a>
              ) : item.asOf ? (
                formatDate(item.asOf)
              ) : (
                'undated'
              )}
            </Fragment>
          ))}
          {i < sources.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </p>
  );
}

/** On the slide itself, so a printed page or a PNG cannot pass off a gap as the whole picture. */
function MissingNotice({ missing }: { missing: readonly MissingData[] }) {
  return (
    <div className="slide-missing" role="status">
      <p>
        <strong>Data missing on this slide:</strong>{' '}
        {missing.map((m) => `${m.what} (${m.reason.replace(/\.$/, '')})`).join('; ')}.
      </p>
      <button
        type="button"
        className="button button--small screen-only"
        onClick={() => missing.forEach((m) => m.retry())}
      >
        Retry missing data
      </button>
    </div>
  );
}

/**
 * One slide at the deck's fixed 1280×720 size: title, body, and a footer that carries the
 * slide's sources, its illustrative warning, the filters and the slide number, so a printed page
 * or a pasted PNG still says where its figures come from.
 */
// Memoised: the deck's own changes (notices, scale, loading state) need not re-render every slide.
export const SlideFrame = memo(function SlideFrame({
  spec,
  number,
  count,
  current,
  filtersLabel,
  exportDate,
}: SlideFrameProps) {
  const titleId = `slide-${spec.id}-title`;
  const illustrative = spec.illustrative || hasKind(spec.sources, 'illustrative');
  return (
    <section
      className="slide"
      data-slide={number}
      data-slide-id={spec.id}
      data-current={current ? 'true' : undefined}
      aria-roledescription="slide"
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      inert={!current}
    >
      <header className="slide-head">
        <p className="slide-kicker">Tech Corridor · China–Pakistan technology cooperation</p>
        <h2 id={titleId} className="slide-title">
          {spec.title}
        </h2>
        {spec.subtitle && <p className="slide-subtitle">{spec.subtitle}</p>}
      </header>
      {spec.missing && spec.missing.length > 0 && <MissingNotice missing={spec.missing} />}
      <div className="slide-body">{spec.render()}</div>
      <footer className="slide-foot">
        <FooterSources spec={spec} />
        {illustrative && (
          <p className="slide-illustrative">
            <span aria-hidden="true">✳ </span>
            {ILLUSTRATIVE_NOTE}
          </p>
        )}
        <p className="slide-meta">
          <span className="slide-filters">Showing: {filtersLabel}</span>
          <span className="slide-export">Exported {formatDate(exportDate)}</span>
          <span className="slide-number">
            {number} / {count}
          </span>
        </p>
      </footer>
    </section>
  );
});
