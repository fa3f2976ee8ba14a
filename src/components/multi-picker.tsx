import type { ReactNode } from 'react';
import {
  Autocomplete,
  Button,
  Dialog,
  DialogTrigger,
  Header,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  SearchField,
  useFilter,
  type Selection,
} from 'react-aria-components';
import { useFocusBack } from '@/hooks/use-focus-back';
import type { OptionGroup } from '@/lib/filter-options';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './multi-picker.module.css';
import { PickerLabel } from './picker-label';

const messages = defineMessages({
  noMatch: {
    id: 'picker.no-match',
    defaultMessage: 'No match.',
    description: 'A picker whose search matched nothing.',
  },
  choose: {
    id: 'picker.choose',
    defaultMessage: 'Choose: {label}',
    description: 'Accessible name of the picker popup; label is the picker name ("Zones").',
  },
  search: {
    id: 'picker.search',
    defaultMessage: 'Search: {label}',
    description: 'Accessible name of the search field in a picker; label is the picker name ("Zones").',
  },
  searchPlaceholder: {
    id: 'picker.search-placeholder',
    defaultMessage: 'Search…',
    description: 'Placeholder text in the search field of a picker.',
  },
});

export interface MultiPickerProps<T extends { id: string }> {
  label: string;
  groups: OptionGroup<T>[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  itemText: (item: T) => string;
  /** The popup's and the search field's names ("Choose zones"); generic ones from `label` otherwise. */
  dialogLabel?: string;
  searchLabel?: string;
  /** The language of an item's text when it differs from the page's (an untranslated name). */
  itemLang?: (item: T) => string | undefined;
  itemDetail?: (item: T) => ReactNode;
  searchable?: boolean;
  /** Open on mount: the picker replaces LazyMultiPicker's plain button when that is pressed. */
  defaultOpen?: boolean;
}

/**
 * A button that opens a grouped, optionally searchable multi-select list (React Aria: keyboard,
 * screen-reader and touch behaviour come from the library, not from hand-rolled listbox code).
 */
export function MultiPicker<T extends { id: string }>({
  label,
  groups,
  selected,
  onChange,
  itemText,
  itemDetail,
  itemLang,
  searchable,
  dialogLabel,
  searchLabel,
  defaultOpen,
}: MultiPickerProps<T>) {
  const t = useLocale();
  const { trigger, onOpenChange } = useFocusBack<HTMLButtonElement>(defaultOpen);
  const { contains } = useFilter({ sensitivity: 'base' });
  const allIds = groups.flatMap((g) => g.items.map((i) => i.id));
  const onSelectionChange = (keys: Selection) => onChange(keys === 'all' ? allIds : [...keys].map(String));
  const list = (
    <ListBox
      aria-label={label}
      selectionMode="multiple"
      // Escape closes the list; it must not silently clear every chosen zone.
      escapeKeyBehavior="none"
      selectedKeys={new Set(selected)}
      onSelectionChange={onSelectionChange}
      className={styles.list}
      renderEmptyState={() => <p className={styles.empty}>{t.format(messages.noMatch)}</p>}
    >
      {groups.map((group) => (
        <ListBoxSection key={group.id} id={group.id}>
          <Header className={styles.header}>{group.label}</Header>
          {group.items.map((item) => (
            <ListBoxItem key={item.id} id={item.id} textValue={itemText(item)} className={styles.item}>
              {({ isSelected }) => (
                <>
                  <span aria-hidden="true">{isSelected ? '☑' : '☐'}</span>
                  <span>
                    <span lang={itemLang?.(item)}>{itemText(item)}</span>
                    {itemDetail && <span className={styles.detail}>{itemDetail(item)}</span>}
                  </span>
                </>
              )}
            </ListBoxItem>
          ))}
        </ListBoxSection>
      ))}
    </ListBox>
  );
  return (
    <DialogTrigger defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <Button ref={trigger} className={styles.button}>
        <PickerLabel label={label} count={selected.length} />
      </Button>
      <Popover className={styles.popover} placement="bottom start">
        <Dialog aria-label={dialogLabel ?? t.format(messages.choose, { label })} className={styles.dialog}>
          {searchable ? (
            <Autocomplete filter={contains}>
              <SearchField
                aria-label={searchLabel ?? t.format(messages.search, { label })}
                className={styles.search}
                autoFocus
              >
                <Input placeholder={t.format(messages.searchPlaceholder)} />
              </SearchField>
              {list}
            </Autocomplete>
          ) : (
            list
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
