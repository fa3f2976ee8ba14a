import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './panel-states.module.css';

const messages = defineMessages({
  stale: {
    id: 'states.stale.short',
    defaultMessage: 'As of your last successful load.',
    description:
      'Label beside figures kept from an earlier load (saved in the browser, or a refresh failed).',
  },
});

/** Said while the stale details load, and instead of them if their chunk cannot load. */
export function StaleShort() {
  const t = useLocale();
  return <p className={styles.stale}>{t.format(messages.stale)}</p>;
}
