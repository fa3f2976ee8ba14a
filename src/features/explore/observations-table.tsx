import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useLocale } from '@/components/language-provider';
import { NoteLine } from '@/components/note-line';
import { defineMessages } from '@/lib/messages';
import { tableColumns } from './table-columns';
import styles from './observations-table.module.css';
import { firstSortDescending } from './to-explore-query';
import type { TableData, TableRow } from './to-table-rows';
import { FALLBACK_RECT, observeScroller, scrollTo } from './virtual-scroller';

const ROW_HEIGHT = 40;
const cellClass: Record<string, string | undefined> = { value: styles.num, source: styles.source };
/** Ask for the next page this many rows before the end of what is loaded, so scrolling rarely waits. */
const PREFETCH_ROWS = 100;

const messages = defineMessages({
  scroller: {
    id: 'explore.table.scroller',
    defaultMessage: '{caption} (scrollable)',
    description:
      'Name of the scrolling area around the table, for screen readers; caption is the table caption.',
  },
});

/** None → first direction → the other → none, as sortable tables usually cycle. */
function nextSort(sorting: SortingState, id: string): SortingState {
  const current = sorting[0]?.id === id ? sorting[0] : undefined;
  const first = firstSortDescending(id);
  if (!current) return [{ id, desc: first }];
  return current.desc === first ? [{ id, desc: !first }] : [];
}

interface ObservationsTableProps {
  data: TableData;
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
  columnVisibility: VisibilityState;
  caption: string;
  /** Rows matching in all, loaded or not (the API's total). */
  totalRows: number;
  /** Called when the user nears the last loaded row and more rows exist. */
  onNeedMore: () => void;
}

/**
 * A sortable table whose body is virtualised: only the rows in view are in the DOM. The rows come
 * sorted from the API, a page at a time; nearing the end of the loaded rows asks for the next page.
 * Memoised, and given stable props by the page, so the render in which an answer arrives (the rows
 * follow in a deferred one) and a filter change before its answer do not draw it again.
 */
export const ObservationsTable = memo(function ObservationsTable({
  data,
  sorting,
  onSortingChange,
  columnVisibility,
  caption,
  totalRows,
  onNeedMore,
}: ObservationsTableProps) {
  const locale = useLocale();
  const columns = useMemo(() => tableColumns(locale), [locale]);
  const table = useReactTable<TableRow>({
    data: data.rows,
    columns,
    state: { sorting, columnVisibility },
    // The API sorts (the whole list, not just the loaded pages); the table only shows the state.
    manualSorting: true,
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.key,
  });
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Six rows (240 px) beyond each edge: enough for smooth scrolling, and a first draw of 20 rows, not 26.
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeScroller,
    scrollToFn: scrollTo,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  const lastShown = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (rows.length < totalRows && lastShown >= rows.length - PREFETCH_ROWS) onNeedMore();
  }, [lastShown, rows.length, totalRows, onNeedMore]);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={locale.format(messages.scroller, { caption })}
    >
      <table className={styles.table} aria-rowcount={totalRows + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!header.column.getCanSort())
                  return (
                    <th key={header.id} scope="col">
                      {label}
                    </th>
                  );
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className={styles.sortButton}
                      onClick={() => onSortingChange(nextSort(sorting, header.column.id))}
                    >
                      {label}
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className={row.original.kind === 'illustrative' ? styles.illustrative : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass[cell.column.id]}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
        {data.total && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={Math.max(1, columnCount - 1)}>
                <NoteLine note={data.total.label} />
              </th>
              <td className={styles.num}>
                <bdi>{data.total.valueText}</bdi>
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
});
