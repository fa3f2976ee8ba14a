import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components';

const ANY = 'any';

/** A year picker; "Any" leaves that end of the period open. Fiscal years match on the year they end. */
export function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number | null;
  years: readonly number[];
  onChange: (year: number | null) => void;
}) {
  const items = [{ id: ANY, text: 'Any' }, ...years.map((y) => ({ id: String(y), text: `${y} / FY${y}` }))];
  return (
    <Select
      className="year-select"
      selectedKey={value === null ? ANY : String(value)}
      onSelectionChange={(key: Key | null) => onChange(key === null || key === ANY ? null : Number(key))}
    >
      <Label className="year-select-label">{label}</Label>
      <Button className="picker-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="picker-popover">
        <ListBox items={items} className="picker-list">
          {(item) => (
            <ListBoxItem id={item.id} className="picker-item">
              {item.text}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
