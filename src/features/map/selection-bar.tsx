import { useLocale } from '@/components/language-provider';
import { localShortName } from '@/domain/local-names';
import type { Zone } from '@/domain/zone';
import { defineMessages } from '@/lib/messages';
import { LocalText } from './local-text';
import styles from './selection-bar.module.css';

const messages = defineMessages({
  none: {
    id: 'map.selection.none',
    defaultMessage:
      'No zone selected: click a marker or a row, or Tab to a marker and press Enter, to filter the dashboard.',
    description: 'Above the map when no zone is selected. Tab and Enter are keys.',
  },
  group: {
    id: 'map.selection.group',
    defaultMessage: 'Selected zones',
    description: 'Accessible name of the row of selected zones.',
  },
  selected: {
    id: 'map.selection.label',
    defaultMessage: 'Selected:',
    description: 'Before the list of selected zones.',
  },
  remove: {
    id: 'map.selection.remove',
    defaultMessage: 'Remove {zone}',
    description: 'Accessible name of the × button that takes one zone out of the selection.',
  },
  clear: {
    id: 'map.selection.clear',
    defaultMessage: 'Clear selection',
    description: 'Button that empties the zone selection.',
  },
});

interface SelectionBarProps {
  zones: readonly Zone[];
  selected: readonly string[];
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** The zone filter as the map sets it, clearable right here (Escape on the map does the same). */
export function SelectionBar({ zones, selected, onRemove, onClear }: SelectionBarProps) {
  const t = useLocale();
  if (selected.length === 0) {
    return <p className={`${styles.bar} ${styles.empty}`}>{t.format(messages.none)}</p>;
  }
  const byId = new Map(zones.map((z) => [z.id, z]));
  const nameOf = (id: string) => {
    const zone = byId.get(id);
    return zone ? localShortName(zone, t.lang) : { text: id, lang: 'en' as const };
  };
  return (
    <div className={styles.bar} role="group" aria-label={t.format(messages.group)}>
      <span>{t.format(messages.selected)}</span>
      <ul>
        {selected.map((id) => (
          <li key={id}>
            <span>
              <LocalText name={nameOf(id)} />
            </span>
            <button
              type="button"
              className={styles.remove}
              aria-label={t.format(messages.remove, { zone: nameOf(id).text })}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onClear}>
        {t.format(messages.clear)}
      </button>
    </div>
  );
}
