import { useId } from 'react';
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

/**
 * A year picker; "Any" leaves that end of the period open. Fiscal years match on the year they end.
 * A native select: on phones it opens the system's picker, and opening it costs the page nothing
 * (React Aria's Select took 0.3–1.3 s of main thread to open on a mid-range phone: docs/performance.md).
 */
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
  const id = useId();
  return (
    <div className={styles.yearSelect}>
      <label className={styles.yearLabel} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={styles.yearPicker}
        value={value === null ? ANY : String(value)}
        onChange={(event) => onChange(event.target.value === ANY ? null : Number(event.target.value))}
      >
        <option value={ANY}>{t.format(messages.any)}</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {t.format(messages.year, { year: String(y), fiscalYear: t.period(`FY${y}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
