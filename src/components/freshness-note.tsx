import styles from './freshness-note.module.css';
import type { Freshness } from '@/lib/freshness';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';

const messages = defineMessages({
  overdue: {
    id: 'freshness.overdue',
    defaultMessage: 'Overdue',
    description: "Mark after the freshness note when the panel's one series has its next release past due.",
  },
  overdueSome: {
    id: 'freshness.overdue-some',
    defaultMessage: '{count, plural, one {# series overdue} other {# series overdue}}',
    description: "Mark after the freshness note: how many of the panel's series have a release past due.",
  },
  overdueTitle: {
    id: 'freshness.overdue-title',
    defaultMessage: 'Overdue: {ids}',
    description: 'Tooltip of the overdue mark; ids lists the series ids (machine names, kept as is).',
  },
});

/** "Updated …, next expected …", and an overdue mark when a release is past due. */
export function FreshnessNote({ freshness }: { freshness: Freshness | null | undefined }) {
  const t = useLocale();
  if (!freshness) return null;
  const late = freshness.overdue.length;
  return (
    <p className={styles.note}>
      {freshness.text}
      {late > 0 && (
        <>
          {' '}
          <strong
            className={styles.overdue}
            title={t.format(messages.overdueTitle, { ids: freshness.overdue.join(', ') })}
          >
            {freshness.series === 1
              ? t.format(messages.overdue)
              : t.format(messages.overdueSome, { count: late })}
          </strong>
        </>
      )}
    </p>
  );
}
