import { Button, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';
import { useLocale } from '@/components/language-provider';
import { useFocusBack } from '@/hooks/use-focus-back';
import { columnMenuMessages as messages, type ColumnMenuProps } from './column-menu';
import styles from './column-menu.module.css';

/** ColumnMenu's React Aria menu, opened on mount: it replaces the plain button when that is pressed. */
export function ColumnMenuPopup({ labels, visibility, onChange }: ColumnMenuProps) {
  const t = useLocale();
  const { trigger, onOpenChange } = useFocusBack<HTMLButtonElement>(true);
  const ids = Object.keys(labels);
  const shown = new Set(ids.filter((id) => visibility[id] !== false));
  const onSelectionChange = (keys: Selection) => {
    const selected = keys === 'all' ? new Set(ids) : new Set([...keys].map(String));
    if (selected.size === 0) return; // A table with no columns helps nobody.
    onChange(Object.fromEntries(ids.map((id) => [id, selected.has(id)])));
  };
  return (
    <MenuTrigger defaultOpen onOpenChange={onOpenChange}>
      <Button ref={trigger} className={styles.button}>
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
