import type { SyntheticEvent } from 'react';
import type { LocalText } from '@/domain/local-texts';
import type { ProvenanceKind } from '@/domain/provenance';
import { englishLocale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor, type Translator } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './provenance-badge.module.css';
import { classes } from './classes';

const messages = defineMessages({
  sourced: {
    id: 'provenance.sourced.label',
    defaultMessage: 'Sourced',
    description: 'Provenance badge: the figure was seen in a named public source.',
  },
  sourcedMeaning: {
    id: 'provenance.sourced.meaning',
    defaultMessage: 'Seen in a named public source.',
    description: 'What the "Sourced" badge means (legend and tooltip).',
  },
  announcement: {
    id: 'provenance.announcement.label',
    defaultMessage: 'Announcement',
    description: 'Provenance badge: the figure was stated only in the 2022 Letter of Intent announcement.',
  },
  announcementMeaning: {
    id: 'provenance.announcement.meaning',
    defaultMessage: 'Stated in the 2022 Letter of Intent announcement only; not checked elsewhere.',
    description: 'What the "Announcement" badge means (legend and tooltip).',
  },
  estimate: {
    id: 'provenance.estimate.label',
    defaultMessage: 'Estimate',
    description: 'Provenance badge: rounded, converted, derived or placed by us.',
  },
  estimateMeaning: {
    id: 'provenance.estimate.meaning',
    defaultMessage:
      'Rounded, converted, derived, classified or placed by us, or from a weaker source; says how.',
    description: 'What the "Estimate" badge means (legend and tooltip).',
  },
  illustrative: {
    id: 'provenance.illustrative.label',
    defaultMessage: 'Illustrative',
    description:
      'Provenance badge: made by our seeded generator, NOT a real figure. Must be unmistakable (docs/i18n.md).',
  },
  illustrativeMeaning: {
    id: 'provenance.illustrative.meaning',
    defaultMessage: 'Made by our seeded generator where no public breakdown exists. Not a real figure.',
    description: 'What the "Illustrative" badge means (legend and tooltip).',
  },
  how: {
    id: 'provenance.badge.how',
    defaultMessage: 'How: {method}',
    description:
      'How an estimate or derived figure was made; method is a sentence (the data’s own translation, or English).',
  },
  withHow: {
    id: 'provenance.badge.meaning-how',
    defaultMessage: '{meaning} How: {method}',
    description: "Badge tooltip: the kind's meaning, then how the figure was made.",
  },
});

const kindText: Record<
  ProvenanceKind,
  { mark: string; label: MessageDescriptor; meaning: MessageDescriptor }
> = {
  sourced: { mark: '●', label: messages.sourced, meaning: messages.sourcedMeaning },
  announcement: { mark: '◆', label: messages.announcement, meaning: messages.announcementMeaning },
  estimate: { mark: '≈', label: messages.estimate, meaning: messages.estimateMeaning },
  illustrative: { mark: '✳', label: messages.illustrative, meaning: messages.illustrativeMeaning },
};

/** Room kept between a shown method and the window's edge. */
const EDGE = 8;

/**
 * A badge near the right edge (a phone, a card's last column) would draw its method off screen:
 * once shown, it moves left just enough to fit, never past the window's left edge.
 */
function fitMethod(event: SyntheticEvent<HTMLElement>) {
  const how = event.currentTarget.querySelector<HTMLElement>(`.${styles.how}`);
  if (!how) return;
  how.style.removeProperty('left');
  const over = how.getBoundingClientRect().right - (document.documentElement.clientWidth - EDGE);
  const room = event.currentTarget.getBoundingClientRect().left - EDGE;
  if (over > 0) how.style.left = `${-Math.max(0, Math.min(over, room))}px`;
}

/** Words and a shape per kind in the reader's language, so the kind never rests on colour alone. */
export function provenanceText(kind: ProvenanceKind, t: Translator) {
  const { mark, label, meaning } = kindText[kind];
  return { mark, label: t.format(label), meaning: t.format(meaning) };
}

/** The same in English, for text not yet converted to the reader's language. */
export const provenanceLabels = {
  sourced: provenanceText('sourced', englishLocale),
  announcement: provenanceText('announcement', englishLocale),
  estimate: provenanceText('estimate', englishLocale),
  illustrative: provenanceText('illustrative', englishLocale),
} satisfies Record<ProvenanceKind, ReturnType<typeof provenanceText>>;

const kindClass: Record<ProvenanceKind, string | undefined> = {
  sourced: styles.sourced,
  announcement: styles.announcement,
  estimate: styles.estimate,
  illustrative: styles.illustrative,
};

const kindTextClass: Record<ProvenanceKind, string | undefined> = {
  sourced: undefined,
  announcement: styles.textAnnouncement,
  estimate: styles.textEstimate,
  illustrative: styles.textIllustrative,
};

/** The class that colours a kind's name in running text (a source list, a tooltip) as its badge is. */
export function provenanceTextClass(kind: ProvenanceKind): string | undefined {
  return kindTextClass[kind];
}

/**
 * The kind of a figure in words and shape. With a method (an estimate, a derived figure) the badge
 * takes keyboard focus and says how the figure was made on hover or focus; screen readers read it inline.
 * `className` is for the holder's layout of the badge (its margins), never its look.
 */
export function ProvenanceBadge({
  kind,
  method: how,
  className,
}: {
  kind: ProvenanceKind;
  method?: LocalText;
  className?: string;
}) {
  const t = useLocale();
  const { label, mark, meaning } = provenanceText(kind, t);
  // Every method comes with its language (methodText): English kept for want of a translation is marked.
  if (!how?.text)
    return (
      <span
        className={classes(styles.badge, kindClass[kind], className)}
        data-provenance={kind}
        title={meaning}
      >
        <span aria-hidden="true">{mark}</span> {label}
      </span>
    );
  return (
    <span
      className={classes(styles.badge, kindClass[kind], styles.withHow, className)}
      data-provenance={kind}
      title={t.format(messages.withHow, { meaning, method: how.text })}
      tabIndex={0}
      onPointerEnter={fitMethod}
      onFocus={fitMethod}
    >
      <span aria-hidden="true">{mark}</span> {label}
      <span className={styles.how}>
        {t.formatRich(messages.how, {
          method:
            how.lang === t.lang ? (
              how.text
            ) : (
              <span key="m" lang={how.lang}>
                {how.text}
              </span>
            ),
        })}
      </span>
    </span>
  );
}
