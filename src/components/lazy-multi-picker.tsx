import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { MultiPickerProps } from './multi-picker';
import styles from './multi-picker.module.css';
import { PickerLabel } from './picker-label';

const load = () => import('./multi-picker');
// React.lazy drops the generic parameter: the props are checked at LazyMultiPicker's own signature.
const MultiPicker = lazy(() =>
  load().then((m) => ({ default: m.MultiPicker as ComponentType<MultiPickerProps<{ id: string }>> })),
);

/**
 * A MultiPicker whose button is plain HTML until a reader first opens it: React Aria (about 50 KB,
 * and 70 ms of a slow phone's main thread to start) then loads and the picker opens at once. It
 * starts loading when the pointer comes over the button or the button takes focus. Every page has
 * two pickers in its filter bar; most visits never open them.
 */
export function LazyMultiPicker<T extends { id: string }>(props: MultiPickerProps<T>) {
  const [used, setUsed] = useState(false);
  const button = (
    <button
      type="button"
      className={styles.button}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onClick={() => setUsed(true)}
    >
      <PickerLabel label={props.label} count={props.selected.length} />
    </button>
  );
  if (!used) return button;
  const picker = props as unknown as MultiPickerProps<{ id: string }>;
  return (
    <Suspense fallback={button}>
      <MultiPicker {...picker} defaultOpen />
    </Suspense>
  );
}
