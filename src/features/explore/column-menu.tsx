import type { VisibilityState } from '@tanstack/react-table';
import { Button, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';

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
  const ids = Object.keys(labels);
  const shown = new Set(ids.filter((id) => visibility[id] !== false));
  const onSelectionChange = (keys: Selection) => {
    const selected = keys === 'all' ? new Set(ids) : new Set([...keys].map(String));
    if (selected.size === 0) return; // A table with no columns helps nobody.
    onChange(Object.fromEntries(ids.map((id) => [id, selected.has(id)])));
  };
  return (
    <MenuTrigger>
      <Button className="picker-button">
        Columns ({shown.size}/{ids.length})<span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="picker-popover">
        <Menu
          aria-label="Visible columns"
          selectionMode="multiple"
          selectedKeys={shown}
          onSelectionChange={onSelectionChange}
          className="picker-list"
        >
          {ids.map((id) => (
            <MenuItem key={id} id={id} className="picker-item">
              {({ isSelected }) => (
                <>
                  <span className="picker-check" aria-hidden="true">
                    {isSelected ? '☑' : '☐'}
                  </span>
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
