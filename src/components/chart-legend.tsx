import { defineMessages } from '@/lib/messages';
import { Swatch, type SwatchProps } from './chart-marks';
import styles from './chart-legend.module.css';
import { useLocale } from './language-provider';

const messages = defineMessages({
  hint: {
    id: 'components.chart-legend.filter-hint',
    defaultMessage: 'Select a key to filter every chart by it.',
    description: 'Hint above a legend whose entries are buttons that filter the whole dashboard.',
  },
});

export interface ChartLegendItem extends SwatchProps {
  key: string;
  label: string;
  /** Id of the same pattern inside the chart's <defs>, so an exported image's legend matches it. */
  exportPatternId?: string;
  /** Cross-filtering: the legend entry becomes a toggle button for the shared zone/sector filter. */
  onToggle?: () => void;
  pressed?: boolean;
}

/** The key to colours, patterns and markers; with onToggle, entries filter the whole dashboard. */
export function ChartLegend({ items, label }: { items: readonly ChartLegendItem[]; label: string }) {
  const t = useLocale();
  if (items.length === 0) return null;
  const filters = items.some((item) => item.onToggle);
  return (
    <div className={styles.legend} data-chart-key="">
      {filters && <p className={styles.hint}>{t.format(messages.hint)}</p>}
      <ul aria-label={label}>
        {items.map(({ key, label: text, onToggle, pressed, colour, base, pattern, marker, line, hollow }) => {
          const swatch = { colour, base, pattern, marker, line, hollow };
          return (
            <li key={key}>
              {onToggle ? (
                <button
                  type="button"
                  className={styles.toggle}
                  aria-pressed={pressed ?? false}
                  onClick={onToggle}
                >
                  <Swatch {...swatch} /> {text}
                </button>
              ) : (
                <span className={styles.entry}>
                  <Swatch {...swatch} /> {text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
