import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './border-note.module.css';

export const borderMessages = defineMessages({
  note: {
    id: 'map.border-note.text',
    defaultMessage:
      'Boundaries follow Natural Earth (1:50m, lines of actual control) and do not imply endorsement of any boundary or claim. The hatched area is the disputed Kashmir region (Gilgit-Baltistan, Azad Jammu and Kashmir, Jammu and Kashmir, Ladakh, Aksai Chin): an approximate outline drawn by us, not a surveyed line.',
    description:
      'Always under the map. Neutral wording on disputed borders matters: translate faithfully, naming every region.',
  },
});

/** Always visible under the map: what the borders are, and what they are not. */
export function BorderNote() {
  const t = useLocale();
  return (
    <p className={styles.note} role="note">
      {t.format(borderMessages.note)}
    </p>
  );
}
