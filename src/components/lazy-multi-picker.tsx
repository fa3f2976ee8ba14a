import { lazy, type ComponentType } from 'react';
import { LazyTrigger } from './lazy-trigger';
import type { MultiPickerProps } from './multi-picker';
import styles from './multi-picker.module.css';
import { PickerLabel } from './picker-label';

const load = () => import('./multi-picker');
// React.lazy drops the generic parameter: the props are checked at LazyMultiPicker's own signature.
const MultiPicker = lazy(() =>
  load().then((m) => ({ default: m.MultiPicker as ComponentType<MultiPickerProps<{ id: string }>> })),
);

/**
 * A MultiPicker whose button is plain HTML until a reader first opens it (LazyTrigger). Every page
 * has two pickers in its filter bar, and Explore a third; most visits never open them.
 */
export function LazyMultiPicker<T extends { id: string }>(props: MultiPickerProps<T>) {
  const picker = props as unknown as MultiPickerProps<{ id: string }>;
  return (
    <LazyTrigger
      className={styles.button}
      popup="dialog"
      label={<PickerLabel label={props.label} count={props.selected.length} />}
      preload={load}
    >
      <MultiPicker {...picker} defaultOpen />
    </LazyTrigger>
  );
}
