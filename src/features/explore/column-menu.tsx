import type { VisibilityState } from '@tanstack/react-table';
import { lazy } from 'react';
import { useLocale } from '@/components/language-provider';
import { LazyTrigger } from '@/components/lazy-trigger';
import { defineMessages } from '@/lib/messages';
import styles from './column-menu.module.css';

export const columnMenuMessages = defineMessages({
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

export interface ColumnMenuProps {
  labels: Record<string, string>;
  visibility: VisibilityState;
  onChange: (v: VisibilityState) => void;
}

const load = () => import('./column-menu-popup');
const ColumnMenuPopup = lazy(() => load().then((m) => ({ default: m.ColumnMenuPopup })));

/**
 * Show or hide table columns; the hidden ones are kept in the URL like the rest of the view. A plain
 * button until first pressed (LazyTrigger): the menu is React Aria's.
 */
export function ColumnMenu(props: ColumnMenuProps) {
  const t = useLocale();
  const ids = Object.keys(props.labels);
  const shown = ids.filter((id) => props.visibility[id] !== false).length;
  return (
    <LazyTrigger
      className={styles.button}
      popup="menu"
      label={
        <>
          {t.format(columnMenuMessages.button, { shown, total: ids.length })}
          <span aria-hidden="true"> ▾</span>
        </>
      }
      preload={load}
    >
      <ColumnMenuPopup {...props} />
    </LazyTrigger>
  );
}
