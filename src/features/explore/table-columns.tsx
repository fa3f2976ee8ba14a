import { createColumnHelper } from '@tanstack/react-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate } from '@/lib/format';
import type { TableRow } from './to-table-rows';

const column = createColumnHelper<TableRow>();

/** Column definitions: what each shows and how it sorts; rendering stays in observations-table.tsx. */
export const tableColumns = [
  column.accessor('place', { header: 'Zone or place' }),
  column.accessor('sector', { header: 'Sector', cell: (c) => c.getValue() || '—' }),
  column.accessor('indicator', { header: 'Indicator' }),
  column.accessor('periodSort', { id: 'period', header: 'Period', cell: (c) => c.row.original.period }),
  column.accessor('value', { header: 'Value', cell: (c) => c.row.original.valueText }),
  // The unit belongs to the indicator, not the record: the API cannot sort by it.
  column.accessor('unit', { header: 'Unit', enableSorting: false }),
  // An estimate says how it was made on hover or focus of its badge, here as on the cards.
  column.accessor('kind', {
    header: 'Provenance',
    cell: (c) => <ProvenanceBadge kind={c.getValue()} method={c.row.original.method || undefined} />,
  }),
  column.accessor('source', {
    header: 'Source',
    cell: (c) =>
      c.row.original.sourceUrl ? (
        <a href={c.row.original.sourceUrl} target="_blank" rel="noreferrer">
          {c.getValue()}
        </a>
      ) : (
        c.getValue()
      ),
  }),
  column.accessor('asOf', {
    header: 'As of',
    cell: (c) => {
      const asOf = c.getValue();
      return asOf ? formatDate(asOf) : 'not given by the source';
    },
  }),
];

export const columnLabels: Record<string, string> = Object.fromEntries(
  tableColumns.map((c) => [c.id ?? ('accessorKey' in c ? String(c.accessorKey) : ''), String(c.header)]),
);
