import type { KeyboardEvent } from 'react';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import styles from './chart-view-tabs.module.css';
import { useLocale } from './language-provider';

const messages = defineMessages({
  chart: {
    id: 'components.chart-view-tabs.chart',
    defaultMessage: 'Chart',
    description: 'Tab above a chart: show the drawing.',
  },
  table: {
    id: 'components.chart-view-tabs.table',
    defaultMessage: 'Table',
    description: 'Tab above a chart: show its figures as a table, each with its source.',
  },
  label: {
    id: 'components.chart-view-tabs.label',
    defaultMessage: 'Show {title} as',
    description: 'Accessible name of the Chart/Table tabs; title is the chart’s title.',
  },
});

export type ChartView = 'chart' | 'table';
const views: readonly { id: ChartView; label: MessageDescriptor }[] = [
  { id: 'chart', label: messages.chart },
  { id: 'table', label: messages.table },
];

export const viewTabId = (frameId: string, view: ChartView) => `${frameId}-tab-${view}`;
export const viewPanelId = (frameId: string) => `${frameId}-panel`;

/** WAI-ARIA tabs: one tab stop, arrow keys move between Chart and Table. */
export function ChartViewTabs({
  frameId,
  title,
  view,
  onChange,
}: {
  frameId: string;
  title: string;
  view: ChartView;
  onChange: (view: ChartView) => void;
}) {
  const t = useLocale();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = view === 'chart' ? 'table' : 'chart';
    const target = event.key === 'Home' ? 'chart' : event.key === 'End' ? 'table' : next;
    onChange(target);
    document.getElementById(viewTabId(frameId, target))?.focus();
  };
  return (
    <div className={styles.tabs} role="tablist" aria-label={t.format(messages.label, { title })}>
      {views.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={viewTabId(frameId, id)}
          aria-selected={view === id}
          aria-controls={viewPanelId(frameId)}
          tabIndex={view === id ? 0 : -1}
          onClick={() => onChange(id)}
          onKeyDown={onKeyDown}
        >
          {t.format(label)}
        </button>
      ))}
    </div>
  );
}
