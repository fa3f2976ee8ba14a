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
import type { OptionGroup } from '@/lib/filter-options';
import './multi-picker.css';

interface MultiPickerProps<T extends { id: string }> {
  label: string;
  groups: OptionGroup<T>[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  itemText: (item: T) => string;
  itemDetail?: (item: T) => ReactNode;
  searchable?: boolean;
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
  searchable,
}: MultiPickerProps<T>) {
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
      className="picker-list"
      renderEmptyState={() => <p className="picker-empty">No match.</p>}
    >
      {groups.map((group) => (
        <ListBoxSection key={group.id} id={group.id} className="picker-section">
          <Header className="picker-header">{group.label}</Header>
          {group.items.map((item) => (
            <ListBoxItem key={item.id} id={item.id} textValue={itemText(item)} className="picker-item">
              {({ isSelected }) => (
                <>
                  <span className="picker-check" aria-hidden="true">
                    {isSelected ? '☑' : '☐'}
                  </span>
                  <span>
                    {itemText(item)}
                    {itemDetail && <span className="picker-detail">{itemDetail(item)}</span>}
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
    <DialogTrigger>
      <Button className="picker-button">
        {label}
        {selected.length > 0 && <span className="picker-count"> ({selected.length})</span>}
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="picker-popover" placement="bottom start">
        <Dialog aria-label={`Choose ${label.toLowerCase()}`} className="picker-dialog">
          {searchable ? (
            <Autocomplete filter={contains}>
              <SearchField aria-label={`Search ${label.toLowerCase()}`} className="picker-search" autoFocus>
                <Input placeholder={`Search ${label.toLowerCase()}…`} />
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
