import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './multi-picker.module.css';

const messages = defineMessages({
  count: {
    id: 'picker.count',
    defaultMessage: '({count})',
    description: 'After a picker name: how many items are chosen.',
  },
});

/** What a picker's button says: its name, how many are chosen, and the ▾ that says it opens. */
export function PickerLabel({ label, count }: { label: string; count: number }) {
  const t = useLocale();
  return (
    <>
      {label}
      {count > 0 && (
        <span className={styles.count}> {t.format(messages.count, { count: t.number(count) })}</span>
      )}
      <span aria-hidden="true"> ▾</span>
    </>
  );
}
