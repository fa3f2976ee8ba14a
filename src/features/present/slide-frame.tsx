import { Fragment, memo } from 'react';
import { useLocale } from '@/components/language-provider';
import { provenanceLabels } from '@/components/provenance-badge';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { hasKind } from '@/lib/sources';
import type { MissingData, SlideSpec } from '@/components/slide-spec';
import { listIn } from './list-in';
import { provenanceWord } from './provenance-words';
import styles from './slide-frame.module.css';
import { toFooterSources } from './to-footer-sources';

export const frameMessages = defineMessages({
  kicker: {
    id: 'present.slide.kicker',
    defaultMessage: 'Tech Corridor · China–Pakistan technology cooperation',
    description:
      'Small line above every slide title (capitals in English). Tech Corridor is the dashboard’s name.',
  },
  illustrative: {
    id: 'present.slide.illustrative',
    defaultMessage:
      'Illustrative: figures marked ✳ are generated where no public breakdown exists. They add up to sourced totals but are not real.',
    description: 'Footer warning on slides with generated figures; keep the ✳ mark.',
  },
  noFigures: {
    id: 'present.slide.no-figures',
    defaultMessage: 'No figures on this slide.',
    description: 'Footer of a slide that cites no source, and the notes of a slide with no data notes.',
  },
  sources: {
    id: 'present.slide.sources',
    defaultMessage: '{count, plural, one {Source:} other {Sources:}}',
    description: 'Label before the footer’s list of sources.',
  },
  comma: {
    id: 'present.slide.comma',
    defaultMessage: ',',
    description:
      'The comma between a source and its dates, and between dates, in a slide footer. A space follows it unless it is full width (，).',
  },
  undated: {
    id: 'present.slide.undated',
    defaultMessage: 'undated',
    description: 'In a footer, for an article whose source gives no date (a date is never guessed).',
  },
  kinds: {
    id: 'present.slide.kinds',
    defaultMessage: '({kinds})',
    description:
      'Read by screen readers before a source: the kinds of figure it supplied ("(Sourced, Estimate)").',
  },
  showing: {
    id: 'present.slide.showing',
    defaultMessage: 'Showing: {filters}',
    description: 'Footer of every slide: the filters the deck shows.',
  },
  exported: {
    id: 'present.slide.exported',
    defaultMessage: 'Exported {date}',
    description: 'Footer of printed and saved slides: the date of the copy ("16 Aug 2026").',
  },
  missing: {
    id: 'present.slide.missing',
    defaultMessage: '<b>Data missing on this slide:</b> {items}.',
    description: 'Warning under a slide’s title; items lists what did not load and why.',
  },
  missingItem: {
    id: 'present.slide.missing-item',
    defaultMessage: '{what} ({reason})',
    description: 'One thing that did not load, and why ("Milestones (The data service answered 503)").',
  },
  retry: {
    id: 'present.slide.retry',
    defaultMessage: 'Retry missing data',
    description: 'Button on a slide whose data failed (on screen only).',
  },
});

/** "Milestones (the service answered 503); …": what a slide lacks, for the slide, the export and the file. */
export const missingList = (t: Locale, missing: readonly MissingData[]): string =>
  missing
    .map((m) => t.format(frameMessages.missingItem, { what: m.what, reason: m.reason.replace(/\.$/, '') }))
    .join('; ');

interface SlideFrameProps {
  spec: SlideSpec;
  number: number;
  count: number;
  current: boolean;
  /** False until the deck renders this slide's body (use-warm-slides.ts): title and footer are always there. */
  rendered: boolean;
  filtersLabel: string;
  /** ISO date; shown in print and in the PNG, where the copy outlives the meeting. */
  exportDate: string;
}

function FooterSources({ spec, t }: { spec: SlideSpec; t: Locale }) {
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
function MissingNotice({ missing, t }: { missing: readonly MissingData[]; t: Locale }) {
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
  rendered,
  filtersLabel,
  exportDate,
}: SlideFrameProps) {
  const t = useLocale();
  const titleId = `slide-${spec.id}-title`;
  const illustrative = spec.illustrative || hasKind(spec.sources, 'illustrative');
  return (
    <section
      className={styles.slide}
      data-slide={number}
      data-slide-id={spec.id}
      data-current={current ? 'true' : undefined}
      aria-roledescription="slide"
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      inert={!current}
    >
      <header className={styles.head}>
        <p className={styles.kicker}>{t.format(frameMessages.kicker)}</p>
        <h2 id={titleId} className={styles.title}>
          {spec.title}
        </h2>
        {spec.subtitle && <p className={styles.subtitle}>{spec.subtitle}</p>}
      </header>
      {spec.missing && spec.missing.length > 0 && <MissingNotice missing={spec.missing} t={t} />}
      <div className={styles.body} data-slide-body>
        {rendered && spec.render()}
      </div>
      <footer className={styles.foot}>
        <FooterSources spec={spec} t={t} />
        {illustrative && (
          <p className={styles.illustrative}>
            <span aria-hidden="true">✳ </span>
            {t.format(frameMessages.illustrative)}
          </p>
        )}
        <p className={styles.meta}>
          <span>{t.format(frameMessages.showing, { filters: filtersLabel })}</span>
          {exportDate && (
            <span className={styles.export}>
              {t.format(frameMessages.exported, { date: t.date(exportDate) })}
            </span>
          )}
          <span className={styles.number}>
            <bdi>
              {number} / {count}
            </bdi>
          </span>
        </p>
      </footer>
    </section>
  );
});
