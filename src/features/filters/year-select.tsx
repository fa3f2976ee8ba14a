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
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './filter-bar.module.css';

const messages = defineMessages({
  any: {
    id: 'filters.year.any',
    defaultMessage: 'Any',
    description: 'Year picker option: leaves this end of the period open.',
  },
  year: {
    id: 'filters.year.option',
    defaultMessage: '{year} / {fiscalYear}',
    description: 'Year picker option: a calendar year and the fiscal year ending in it ("2024 / FY2024").',
  },
});

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
  const t = useLocale();
  const items = [
    { id: ANY, text: t.format(messages.any) },
    ...years.map((y) => ({
      id: String(y),
      text: t.format(messages.year, { year: String(y), fiscalYear: t.period(`FY${y}`) }),
    })),
  ];
  return (
    <Select
      className={styles.yearSelect}
      selectedKey={value === null ? ANY : String(value)}
      onSelectionChange={(key: Key | null) => onChange(key === null || key === ANY ? null : Number(key))}
    >
      <Label className={styles.yearLabel}>{label}</Label>
      <Button className={styles.pickerButton}>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className={styles.pickerPopover}>
        <ListBox items={items} className={styles.pickerList}>
          {(item) => (
            <ListBoxItem id={item.id} className={styles.pickerItem}>
              {item.text}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
