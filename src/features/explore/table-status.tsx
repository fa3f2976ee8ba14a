import { useLocale } from '@/components/language-provider';
import type { LocalText } from '@/domain/local-names';
import { exploreMessages as m } from './explore-messages';
import { Named } from './local-text';
import styles from './explore-page.module.css';

interface TableStatusProps {
  shown: number;
  total: number;
  complete: boolean;
  indicator: LocalText;
  updating: boolean;
  unbrokenRows: number;
}

/** "1,234 rows · indicator · updating… · n rows shown unfiltered", announced politely as it changes. */
export function TableStatus({ shown, total, complete, indicator, updating, unbrokenRows }: TableStatusProps) {
  const t = useLocale();
  // Extraction trims a message's spaces; the spaces around the separator are the page's.
  const sep = ` ${t.format(m.separator)} `;
  return (
    <p className={styles.status} aria-live="polite">
      {complete
        ? t.format(m.rows, { count: shown, shown: t.number(shown) })
        : t.format(m.someRows, { shown: t.number(shown), total: t.number(total) })}
      {sep}
      <Named name={indicator} pageLang={t.lang} />
      {updating && sep + t.format(m.updating)}
      {unbrokenRows > 0 && sep + t.format(m.unbroken, { count: unbrokenRows, shown: t.number(unbrokenRows) })}
    </p>
  );
}
