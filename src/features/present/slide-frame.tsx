import { memo } from 'react';
import { useLocale } from '@/components/language-provider';
import type { SlideSpec } from '@/components/slide-spec';
import { hasKind } from '@/lib/sources';
import { frameMessages } from './slide-frame-messages';
import { FooterSources, MissingNotice } from './slide-frame-parts';
import styles from './slide-frame.module.css';

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
      inert={current ? undefined : ''}
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
