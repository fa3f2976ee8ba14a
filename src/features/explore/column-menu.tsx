import type { VisibilityState } from '@tanstack/react-table';
import { Button, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './column-menu.module.css';

const messages = defineMessages({
  button: {
    id: 'explore.columns.button',
    defaultMessage: 'Columns ({shown, number}/{total, number})',
    description: 'Button opening the list of table columns; shown of total columns are visible.',
  },
  menu: {
    id: 'explore.columns.menu',
    defaultMessage: 'Visible columns',
    description: 'Name of the checklist of table columns, for screen readers.',
  },
});

/** Show or hide table columns; the hidden ones are kept in the URL like the rest of the view. */
export function ColumnMenu({
  labels,
  visibility,
  onChange,
}: {
  labels: Record<string, string>;
  visibility: VisibilityState;
  onChange: (v: VisibilityState) => void;
}) {
  const t = useLocale();
  const ids = Object.keys(labels);
  const shown = new Set(ids.filter((id) => visibility[id] !== false));
  const onSelectionChange = (keys: Selection) => {
    const selected = keys === 'all' ? new Set(ids) : new Set([...keys].map(String));
    if (selected.size === 0) return; // A table with no columns helps nobody.
    onChange(Object.fromEntries(ids.map((id) => [id, selected.has(id)])));
  };
  return (
    <MenuTrigger>
      <Button className={styles.button}>
        {t.format(messages.button, { shown: shown.size, total: ids.length })}
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className={styles.popover} placement="bottom start">
        <Menu
          aria-label={t.format(messages.menu)}
          selectionMode="multiple"
          selectedKeys={shown}
          onSelectionChange={onSelectionChange}
          className={styles.list}
        >
          {ids.map((id) => (
            <MenuItem key={id} id={id} className={styles.item}>
              {({ isSelected }) => (
                <>
                  <span aria-hidden="true">{isSelected ? '☑' : '☐'}</span>
                  {labels[id]}
                </>
              )}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
