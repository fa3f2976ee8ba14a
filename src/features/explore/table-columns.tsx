import { createColumnHelper } from '@tanstack/react-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { columnMessages } from '@/lib/column-messages';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { Named } from './local-text';
import type { TableRow } from './to-table-rows';

const column = createColumnHelper<TableRow>();

const headers = {
  place: columnMessages.place,
  sector: columnMessages.sector,
  indicator: columnMessages.indicator,
  period: columnMessages.period,
  value: columnMessages.value,
  unit: columnMessages.unit,
  kind: columnMessages.provenance,
  source: columnMessages.source,
  asOf: columnMessages.asOf,
};

const cells = defineMessages({
  noSector: {
    id: 'explore.cell.no-sector',
    defaultMessage: '—',
    description: 'Sector cell of a figure that is not broken down by sector (a national total).',
  },
  noDate: {
    id: 'explore.cell.no-date',
    defaultMessage: 'not given by the source',
    description: 'As-of cell when the source gave no date (a date is never guessed).',
  },
  unit: {
    id: 'explore.cell.unit',
    defaultMessage:
      '{unit, select, USD {US dollars} PKR {Pakistani rupees} CNY {Chinese yuan} persons {persons} percent {%} percentPerYear {% a year} other {count}}',
    description: 'Unit cell: the unit a figure is in ("count": a number of things, e.g. companies).',
  },
});

const unitKeys: Record<TableRow['unit'], string> = {
  USD: 'USD',
  PKR: 'PKR',
  CNY: 'CNY',
  persons: 'persons',
  count: 'count',
  '%': 'percent',
  '% per year': 'percentPerYear',
};

/** The column ids, stable in every language: the URL's `hide` and `sort` name them. */
export type ColumnId = keyof typeof headers;
const columnIds = Object.keys(headers) as ColumnId[];

/** Column definitions in `locale`: what each shows and how it sorts; rendering stays in observations-table.tsx. */
export function tableColumns(locale: Locale) {
  const h = (id: ColumnId) => locale.format(headers[id]);
  const lang = locale.lang;
  return [
    column.accessor('place', {
      header: h('place'),
      cell: (c) => <Named name={c.getValue()} pageLang={lang} />,
    }),
    column.accessor('sector', {
      header: h('sector'),
      cell: (c) => {
        const sector = c.getValue();
        return sector ? <Named name={sector} pageLang={lang} /> : locale.format(cells.noSector);
      },
    }),
    column.accessor('indicator', {
      header: h('indicator'),
      cell: (c) => (
        <>
          <Named name={c.getValue()} pageLang={lang} />
          {c.row.original.vintageText && <> ({c.row.original.vintageText})</>}
        </>
      ),
    }),
    column.accessor('periodSort', { id: 'period', header: h('period'), cell: (c) => c.row.original.period }),
    column.accessor('value', { header: h('value'), cell: (c) => <bdi>{c.row.original.valueText}</bdi> }),
    // The unit belongs to the indicator, not the record: the API cannot sort by it.
    column.accessor('unit', {
      header: h('unit'),
      enableSorting: false,
      cell: (c) => locale.format(cells.unit, { unit: unitKeys[c.getValue()] }),
    }),
    // An estimate says how it was made on hover or focus of its badge, here as on the cards.
    column.accessor('kind', {
      header: h('kind'),
      cell: (c) => <ProvenanceBadge kind={c.getValue()} method={c.row.original.how} />,
    }),
    column.accessor('source', {
      header: h('source'),
      // Source titles are never translated.
      cell: (c) =>
        c.row.original.sourceUrl ? (
          <a href={c.row.original.sourceUrl} target="_blank" rel="noreferrer" lang="en">
            {c.getValue()}
          </a>
        ) : (
          <span lang="en">{c.getValue()}</span>
        ),
    }),
    column.accessor('asOf', {
      header: h('asOf'),
      cell: (c) => {
        const asOf = c.getValue();
        return asOf ? locale.date(asOf) : locale.format(cells.noDate);
      },
    }),
  ];
}

/** Each column's header in `locale`, by its stable id (the Columns menu). */
export function columnLabels(locale: Locale): Record<ColumnId, string> {
  return Object.fromEntries(columnIds.map((id) => [id, locale.format(headers[id])])) as Record<
    ColumnId,
    string
  >;
}
