import { lazy, type ComponentType } from 'react';
import { LazyTrigger } from './lazy-trigger';
import type { OptionGroup } from '@/lib/filter-options';
import type { MultiPickerProps } from './multi-picker';
import styles from './multi-picker.module.css';
import { PickerLabel } from './picker-label';

const load = () => import('./multi-picker');
// React.lazy drops the generic parameter: the props are checked at LazyMultiPicker's own signature.
const MultiPicker = lazy(() =>
  load().then((m) => ({ default: m.MultiPicker as ComponentType<MultiPickerProps<{ id: string }>> })),
);

export type LazyMultiPickerProps<T extends { id: string }> = Omit<MultiPickerProps<T>, 'groups'> & {
  /**
   * The options, made only once the picker is opened: grouping and sorting them in the reader's
   * language makes the page's first `Intl.Collator`, which costs a phone about 50 ms.
   */
  groups: () => OptionGroup<T>[];
};

/**
 * A MultiPicker whose button is plain HTML until a reader first opens it (LazyTrigger). Every page
 * has two pickers in its filter bar, and Explore a third; most visits never open them.
 */
export function LazyMultiPicker<T extends { id: string }>(props: LazyMultiPickerProps<T>) {
  return (
    <LazyTrigger
      className={styles.button}
      popup="dialog"
      label={<PickerLabel label={props.label} count={props.selected.length} />}
      preload={load}
    >
      <OpenedPicker {...props} />
    </LazyTrigger>
  );
}

/** Rendered only once the button is pressed, so the options are made only then. */
function OpenedPicker<T extends { id: string }>(props: LazyMultiPickerProps<T>) {
  const picker = { ...props, groups: props.groups() } as unknown as MultiPickerProps<{ id: string }>;
  return <MultiPicker {...picker} defaultOpen />;
}
