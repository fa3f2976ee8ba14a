import { Button, Tag, TagGroup, TagList, type Key } from 'react-aria-components';
import type { FilterChip } from '@/lib/filter-options';
import styles from './filter-bar.module.css';

interface FilterChipsProps {
  chips: FilterChip[];
  label: string;
  removeLabel: string;
  onRemove: (id: string) => void;
}

/**
 * The removable chips of the active filters (React Aria's TagGroup: arrow keys move between chips,
 * Delete removes one). Loaded only when a filter is set, so pages without filters never load React
 * Aria before a picker is opened.
 */
export function FilterChips({ chips, label, removeLabel, onRemove }: FilterChipsProps) {
  return (
    <TagGroup aria-label={label} onRemove={(keys: Set<Key>) => keys.forEach((k) => onRemove(String(k)))}>
      <TagList items={chips} className={styles.chipList}>
        {(chip) => (
          <Tag id={chip.id} textValue={chip.label} className={styles.chip}>
            {chip.label}
            <Button slot="remove" className={styles.chipRemove} aria-label={removeLabel}>
              ×
            </Button>
          </Tag>
        )}
      </TagList>
    </TagGroup>
  );
}
