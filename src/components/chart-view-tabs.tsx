import type { KeyboardEvent } from 'react';

export type ChartView = 'chart' | 'table';
const views: readonly { id: ChartView; label: string }[] = [
  { id: 'chart', label: 'Chart' },
  { id: 'table', label: 'Table' },
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
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = view === 'chart' ? 'table' : 'chart';
    const target = event.key === 'Home' ? 'chart' : event.key === 'End' ? 'table' : next;
    onChange(target);
    document.getElementById(viewTabId(frameId, target))?.focus();
  };
  return (
    <div className="chart-tabs" role="tablist" aria-label={`Show ${title} as`}>
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
          {label}
        </button>
      ))}
    </div>
  );
}
