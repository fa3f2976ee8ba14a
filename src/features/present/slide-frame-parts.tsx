import { Fragment } from 'react';
import { provenanceLabels } from '@/components/provenance-badge';
import type { MissingData, SlideSpec } from '@/components/slide-spec';
import type { Locale } from '@/lib/locale';
import { listIn } from './list-in';
import { provenanceWord } from './provenance-words';
import { frameMessages, missingList } from './slide-frame-messages';
import styles from './slide-frame.module.css';
import { toFooterSources } from './to-footer-sources';

/** The slide's sources, each publication once with its articles' dates, linked where they have an address. */
export function FooterSources({ spec, t }: { spec: SlideSpec; t: Locale }) {
  const sources = toFooterSources(spec.sources);
  if (sources.length === 0) {
    return (
      <p className={styles.sources} data-provenance="sources">
        {spec.sourcesNote ?? t.format(frameMessages.noFigures)}
      </p>
    );
  }
  // Publications keep their own names: marked English for screen readers on a page that is not.
  const foreign = t.lang === 'en' ? undefined : 'en';
  // A full-width comma carries its own space; any other is followed by one.
  const mark = t.format(frameMessages.comma);
  const comma = /[\u3000-\uffff]$/.test(mark) ? mark : `${mark} `;
  return (
    <p className={styles.sources} data-provenance="sources">
      <span className={styles.sourcesLabel}>
        {t.format(frameMessages.sources, { count: sources.length })}
      </span>{' '}
      {sources.map((s, i) => (
        <span key={s.name} data-source={s.name}>
          <span aria-hidden="true">{s.kinds.map((k) => provenanceLabels[k].mark).join('')} </span>
          <span className="visually-hidden">
            {t.format(frameMessages.kinds, {
              kinds: listIn(
                t,
                s.kinds.map((k) => provenanceWord(t, k)),
              ),
            })}{' '}
          </span>
          <bdi lang={foreign}>{s.name}</bdi>
          {comma}
          {s.items.map((item, j) => {
            const date = item.asOf ? t.date(item.asOf) : t.format(frameMessages.undated);
            return (
              <Fragment key={item.asOf ?? 'undated'}>
                {j > 0 && comma}
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noreferrer">
                    {date}
                  </a>
                ) : (
                  date
                )}
              </Fragment>
            );
          })}
          {i < sources.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </p>
  );
}

/** On the slide itself, so a printed page or a PNG cannot pass off a gap as the whole picture. */
export function MissingNotice({ missing, t }: { missing: readonly MissingData[]; t: Locale }) {
  return (
    <div className={styles.missing} role="status">
      <p>
        {t.formatRich(frameMessages.missing, {
          b: (chunks) => <strong key="b">{chunks}</strong>,
          items: missingList(t, missing),
        })}
      </p>
      <button
        type="button"
        className="button button--small"
        data-screen-only
        onClick={() => missing.forEach((m) => m.retry())}
      >
        {t.format(frameMessages.retry)}
      </button>
    </div>
  );
}
